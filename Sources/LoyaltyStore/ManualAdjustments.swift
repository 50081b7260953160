import LoyaltyCore

extension Transaction {
    private func requireReason(_ reason: String) throws -> String {
        let trimmed = reason.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw LoyaltyError.invalid("a reason is required for every manual change (e.g. --reason \"in-store purchase\")") }
        guard trimmed.count <= 500, !trimmed.containsControlCharacters else { throw LoyaltyError.invalid("the reason must be at most 500 printable characters") }
        return trimmed
    }

    private func requirePositive(_ points: Points) throws {
        guard points > 0 else { throw LoyaltyError.invalid("points must be a whole number above 0 (got \(points))") }
    }

    /// Gives points by hand; they count towards tiers like earned points.
    func give(email: String, points: Points, reason: String) throws -> LedgerEntry {
        try requirePositive(points)
        let member = try requireMember(email: email)
        let programme = try programSnapshot()
        let entry = try post(memberID: member.id, kind: .give, delta: points, reason: try requireReason(reason), programme: programme)
        try reevaluateTier(memberID: member.id, programme: programme)
        return entry
    }

    /// Removes points by hand; never below zero.
    func remove(email: String, points: Points, reason: String) throws -> LedgerEntry {
        try requirePositive(points)
        let member = try requireMember(email: email)
        let pointsName = try program().pointsName
        guard points <= member.balance else {
            throw LoyaltyError.refused("\(member.email) has \(Counting.points(max(member.balance, 0), named: pointsName)); cannot remove \(points) (a balance never goes below zero)")
        }
        return try post(memberID: member.id, kind: .remove, delta: -points, reason: try requireReason(reason), programme: try programSnapshot())
    }

    /// Sets a balance to a number by hand; the entry records the difference. With `expected` (the
    /// balance the person saw), refused when someone else changed the balance in the meantime.
    func setBalance(email: String, to target: Points, reason: String, expected: Points? = nil) throws -> LedgerEntry {
        guard target >= 0 else { throw LoyaltyError.invalid("a balance cannot be set below zero (got \(target))") }
        try Limits.requirePoints(target, atMost: Limits.maximumBalance, "a balance")
        let member = try requireMember(email: email)
        if let expected, expected != member.balance {
            throw LoyaltyError.conflict("\(member.email)'s balance changed from \(expected) to \(member.balance) since you looked (someone else changed it); nothing was changed: check the new balance and try again")
        }
        guard target != member.balance else {
            throw LoyaltyError.refused("\(member.email) already has \(try program().points(target)); nothing to change")
        }
        return try post(memberID: member.id, kind: .set, delta: target - member.balance, reason: try requireReason(reason), programme: try programSnapshot())
    }
}

extension Transaction {
    /// Audits a change of a member's balance by its ledger entry: balance before → after, and why.
    func auditBalance(_ action: String, _ entry: LedgerEntry) throws -> LedgerEntry {
        try audit(action, try member(id: entry.memberID).email, before: "balance: \(entry.balanceAfter - entry.delta)",
                  after: "balance: \(entry.balanceAfter)", reason: entry.reason, memberID: entry.memberID)
        return entry
    }
}

extension Store {
    /// Gives points to a member by hand, with a reason.
    public func give(email: String, points: Points, reason: String) throws -> LedgerEntry {
        try write(.membersAndPoints) { try $0.auditBalance("points.give", $0.give(email: email, points: points, reason: reason)) }
    }
    /// Removes points from a member by hand, with a reason; refused beyond the balance.
    public func remove(email: String, points: Points, reason: String) throws -> LedgerEntry {
        try write(.membersAndPoints) { try $0.auditBalance("points.remove", $0.remove(email: email, points: points, reason: reason)) }
    }
    /// Sets a member's balance by hand, with a reason. With `expected`, refused when the balance
    /// is no longer what the person saw (someone else changed it meanwhile).
    public func setBalance(email: String, to points: Points, reason: String, expected: Points? = nil) throws -> LedgerEntry {
        try write(.membersAndPoints) { try $0.auditBalance("points.set", $0.setBalance(email: email, to: points, reason: reason, expected: expected)) }
    }
}
