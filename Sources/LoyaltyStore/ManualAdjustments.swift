import LoyaltyCore

extension Transaction {
    /// Changes a member's balance by hand as Core's `ManualAdjustment` decides (loaded, decided, applied).
    private func adjust(_ mode: PointsAdjustment, email: String, points: Points, reason: String, expected: Points? = nil) throws -> LedgerEntry {
        let member = try requireMember(email: email)
        let programme = try programSnapshot()
        let adjustment = try ManualAdjustment.decide(mode, points: points, reason: reason, who: member.email, balance: member.balance,
                                                     pointsName: programme.program.pointsName, expected: expected)
        let snapshot = try memberSnapshot(id: member.id, programme: programme)
        return try apply(adjustment.changes(programme: programme, member: snapshot), programme: programme)[0]
    }

    /// Gives points by hand; they count towards tiers like earned points.
    func give(email: String, points: Points, reason: String) throws -> LedgerEntry {
        try adjust(.give, email: email, points: points, reason: reason)
    }

    /// Removes points by hand; never below zero.
    func remove(email: String, points: Points, reason: String) throws -> LedgerEntry {
        try adjust(.remove, email: email, points: points, reason: reason)
    }

    /// Sets a balance to a number by hand; the entry records the difference. With `expected` (the
    /// balance the person saw), refused when someone else changed the balance in the meantime.
    func setBalance(email: String, to target: Points, reason: String, expected: Points? = nil) throws -> LedgerEntry {
        try adjust(.set, email: email, points: target, reason: reason, expected: expected)
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
