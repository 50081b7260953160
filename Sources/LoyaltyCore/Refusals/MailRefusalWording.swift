/// The English wording of refusals about e-mails.
extension MailRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchMessage(let id): return Sentence("no message {id} in the outbox", ["id": .integer(id)])
        case .cannotQueueAgain(let id, let status):
            return Sentence("message {id} is {status}; only a failed message or one left in sending can be queued again",
                            ["id": .integer(id), "status": .text(status)])
        case .noTemplate(let trigger): return Sentence("the {trigger} e-mail is missing from this database", ["trigger": trigger.word])
        case .subjectNotOneLine: return Sentence("an e-mail subject must be one non-empty line")
        case .controlCharacters: return Sentence("an e-mail subject and body are plain text: no control characters (such as ESC or DEL)")
        case .unknownPlaceholder(let name, let known):
            return Sentence("unknown placeholder {placeholder}; use one of {known}",
                            ["placeholder": .text("{\(name)}"), "known": .text(known.map { "{\($0)}" }.joined(separator: " "))])
        case .previewNeedsMember: return Sentence("a preview needs a member to fill in")
        }
    }
}
