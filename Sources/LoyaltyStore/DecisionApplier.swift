import LoyaltyCore

extension Transaction {
    /// Applies what a Core decision returned, in its order: appends the entries (keeping lots in step),
    /// moves the member's tier (announcing it when the decision says so), queues the e-mails. Returns
    /// the entries appended.
    @discardableResult
    func apply(_ decision: Decision, programme: ProgramSnapshot) throws -> [LedgerEntry] {
        let entries = try decision.postings.map { posting in
            try post(memberID: posting.memberID, kind: posting.kind, delta: posting.delta, reason: posting.reason, eventKey: posting.eventKey,
                     ruleID: posting.ruleID, reversesID: posting.reversesID, occurred: posting.occurred, programme: programme)
        }
        if let change = decision.tierChange {
            try db.run("UPDATE members SET tier_id = ? WHERE id = ?", [change.to.id, change.memberID])
            if change.announced {
                let entry = try db.scalar("SELECT max(id) FROM ledger WHERE member_id = ?", [change.memberID])
                try queue(.tierReached, member: change.memberID, values: ["tier": change.to.name], key: "tier:\(change.to.id):entry:\(entry)")
            }
        }
        for email in decision.emails { try queue(email.trigger, member: email.memberID, values: email.values, key: email.key) }
        return entries
    }
}
