/// A yes/no question; the section its purpose names performs it on Yes.
public struct Confirmation: Equatable, Sendable {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var purpose: ConfirmPurpose
    /// 0 is the confirm button, 1 is Cancel.
    public var selectedButton: Int = 1
    /// The form to go back to when the answer is No, so nothing typed is lost.
    public var resumeForm: FormState?

    public init(title: String, message: String, confirmLabel: String, purpose: ConfirmPurpose, resumeForm: FormState? = nil) {
        self.resumeForm = resumeForm
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.purpose = purpose
    }
}

/// The layer above the panes that gets keys first, if any.
public enum Modal: Equatable, Sendable {
    case help
    case confirm(Confirmation)
    case form(FormState)
    /// The `:` command line being typed.
    case commandLine(TextField)
}
