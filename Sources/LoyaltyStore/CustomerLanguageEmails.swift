import LoyaltyCore

extension Transaction {
    /// When the customer language changes from `old` to `new`, each automated e-mail whose subject
    /// and body are still `old`'s defaults gets `new`'s defaults; one the owner wrote stays as written.
    /// Returns the e-mails translated.
    @discardableResult
    func translateDefaultEmails(from old: CustomerLanguage, to new: CustomerLanguage) throws -> [EmailTrigger] {
        guard old != new else { return [] }
        var translated: [EmailTrigger] = []
        for trigger in EmailTrigger.allCases {
            let from = trigger.defaultTemplate(in: old), to = trigger.defaultTemplate(in: new)
            let changed = try db.run("UPDATE email_automations SET subject = ?, body = ? WHERE trigger = ? AND subject = ? AND body = ?",
                                     [to.subject, to.body, trigger.rawValue, from.subject, from.body])
            if changed > 0 { translated.append(trigger) }
        }
        return translated
    }
}
