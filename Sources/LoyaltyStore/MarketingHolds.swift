import LoyaltyCore

extension Transaction {
    /// Whether the member agreed to marketing e-mails (nil: not known).
    func acceptsMarketing(memberID: Int64) throws -> Bool? {
        try db.one("SELECT accepts_marketing FROM members WHERE id = ?", [memberID]) { $0.optionalInt(0).map { $0 != 0 } } ?? nil
    }

    /// Sets a member's marketing consent; true when it changed.
    @discardableResult
    func setAcceptsMarketing(memberID: Int64, _ consent: Bool?) throws -> Bool {
        try db.run("UPDATE members SET accepts_marketing = ? WHERE id = ? AND accepts_marketing IS NOT ?",
                   [consent.map { $0 ? 1 : 0 } as Int64?, memberID, consent.map { $0 ? 1 : 0 } as Int64?]) > 0
    }

    /// Keeps back a message that delivery just claimed when it is marketing (`EmailTrigger.isMarketing`)
    /// and its member opted out: it becomes `held` with the reason, and its attempt is not counted.
    /// Returns whether it was held.
    func holdIfOptedOut(_ message: OutboxMessage) throws -> Bool {
        guard message.trigger.isMarketing, let memberID = message.memberID, try acceptsMarketing(memberID: memberID) == false else { return false }
        try db.run("UPDATE outbox SET status = 'held', held_because = ?, attempts = attempts - 1 WHERE id = ? AND status = 'sending'",
                   [MailHold.marketingOptOut.rawValue, message.id])
        return true
    }
}

extension Store {
    /// The next message due for delivery, claimed as `claimNextMessage` does; marketing for members who
    /// opted out is held on the way, in the same transaction, so it is never handed to the mail command
    /// however the consent changed since it was queued. Also returns how many were held.
    public func claimNextDeliverableMessage(after lastID: Int64, policy: RetryPolicy = .standard) throws -> (message: OutboxMessage?, held: Int) {
        try write(.programme) { tx in
            var after = lastID, held = 0
            while let message = try tx.claimNextMessage(after: after, policy: policy) {
                guard try tx.holdIfOptedOut(message) else { return (message, held) }
                held += 1
                after = message.id
            }
            return (nil, held)
        }
    }
}

extension Store {
    /// Changes a member's contact details and their marketing consent in one transaction, as
    /// `updateMember` does; each change that happened gets its audit line (`member.edit`,
    /// `member.marketing`). With `expected`, refused when the details are no longer what the person saw.
    public func updateMember(email: String, _ details: MemberDetails, acceptsMarketing: Bool, expected: MemberDetails? = nil) throws -> Member {
        try write(.membersAndPoints) { tx in
            let before = try tx.requireMember(email: email)
            var after = try tx.updateDetails(email: email, details, expected: expected)
            if after.details != before.details {
                try tx.audit("member.edit", after.email, from: before.details, to: after.details, memberID: after.id)
            }
            if try tx.setAcceptsMarketing(memberID: after.id, acceptsMarketing) {
                try tx.audit("member.marketing", after.email, before: "marketing: \(MarketingConsentWording.text(before.acceptsMarketing))",
                             after: "marketing: \(MarketingConsentWording.text(acceptsMarketing))", memberID: after.id)
                after = try tx.member(id: after.id)
            }
            return after
        }
    }
}
