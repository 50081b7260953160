/// Refusals about the e-mail outbox and the e-mail templates.
public enum MailRefusal: Refusal, Equatable {
    /// No message in the outbox has this id.
    case noSuchMessage(Int64)
    /// The message is `status` (a word such as sent), so it cannot be queued again.
    case cannotQueueAgain(id: Int64, status: String)
    /// The database has no e-mail for this trigger.
    case noTemplate(EmailTrigger)
    /// The subject is empty or more than one line.
    case subjectNotOneLine
    /// The subject or body holds control characters.
    case controlCharacters
    /// `name` is not a placeholder; `known` are.
    case unknownPlaceholder(name: String, known: [String])
    /// A preview needs a member to fill in and the programme has none.
    case previewNeedsMember

    public var category: RefusalCategory {
        switch self {
        case .noSuchMessage, .noTemplate, .previewNeedsMember: return .notFound
        case .cannotQueueAgain: return .refused
        case .subjectNotOneLine, .controlCharacters, .unknownPlaceholder: return .invalid
        }
    }
}
