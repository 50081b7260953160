import LoyaltyCore

/// The Emails section's own state: the selected automation and the preview.
public struct EmailsState: Sendable {
    public internal(set) var list = ListState()
    /// The e-mail being previewed, if any; shown instead of the list.
    var preview: EmailPreview?

    public init() {}
}

/// An automation's e-mail as one member would get it, and how far it is scrolled.
struct EmailPreview: Sendable {
    var trigger: EmailTrigger
    var memberID: Int64
    var recipient: String
    var email: EmailTemplate
    var offset = 0
}
