/// The English wording of refusals about e-mails.
extension MailRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchMessage(let id): return Sentence("no message {id} in the outbox", ["id": .integer(id)])
        case .cannotQueueAgain(let id, let status):
            return Sentence("message {id} is {status}; only a failed message or one left in sending can be queued again",
                            ["id": .integer(id), "status": .text(status)])
        case .noTemplate(let trigger): return Sentence("the {trigger} e-mail is missing from this database", ["trigger": .text(trigger.rawValue)])
        case .previewNeedsMember: return Sentence("a preview needs a member to fill in")
        }
    }
}
