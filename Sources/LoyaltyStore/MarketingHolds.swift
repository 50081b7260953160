import LoyaltyCore

extension Transaction {
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
