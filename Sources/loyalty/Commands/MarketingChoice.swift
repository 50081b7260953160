/// `--marketing yes|no`: whether a member agrees to marketing e-mails.
enum MarketingChoice: String, CaseIterable {
    case yes, no

    /// The consent as the store keeps it.
    var accepts: Bool { self == .yes }

    static func parse(_ text: String, _ invocation: Invocation) throws -> Bool {
        try invocation.choice(text.lowercased(), "--marketing", as: MarketingChoice.self).accepts
    }
}
