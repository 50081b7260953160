import Foundation
import LoyaltyCore

extension Transaction {
    /// Every unspent lot with its member, its points' earned moment and its expiry now.
    func heldLots() throws -> [HeldLot] {
        try db.all("""
            SELECT l.entry_id, l.member_id, l.remaining, e.occurred_at, l.expires_at FROM lots l JOIN ledger e ON e.id = l.entry_id
            WHERE l.remaining > 0
            """) {
            HeldLot(entryID: $0.int(0), memberID: $0.int(1), remaining: $0.int(2), earned: Date(unixSeconds: $0.int(3)),
                    expires: $0.optionalInt(4).map(Date.init(unixSeconds:)))
        }
    }

    /// The points held in unspent lots and by how many members, without loading the lots.
    private func heldTotals() throws -> (points: Points, members: Int) {
        try db.one("SELECT coalesce(sum(remaining), 0), count(DISTINCT member_id) FROM lots WHERE remaining > 0") { ($0.int(0), Int($0.int(1))) }!
    }

    /// What switching expiry to `months` with `scope` would do to the points held now.
    func heldExpiryPlan(months: Int, scope: ExpiryScope) throws -> HeldExpiryPlan {
        if case .pointsHeld(let grace?) = scope, let refusal = HeldPointsExpiry.validate(grace: grace, now: now, calendar: calendar) {
            throw LoyaltyError.program(refusal)
        }
        return HeldPointsExpiry.decide(lots: try heldLots(), months: months, scope: scope, now: Date(unixSeconds: nowSeconds), calendar: calendar)
    }

    /// Saves what a change of expiry from `old` to `new` months does to the points held: refuses when
    /// points are held and `scope` does not say whether it applies to them; with `.pointsHeld`, gives
    /// every held lot its new expiry (recorded in `lot_expiry_changes` for `check`) and audits the
    /// choice with the points and members it affected.
    func applyExpiryChoice(from old: Int?, to new: Int?, scope: ExpiryScope?, pointsName: String) throws {
        guard let months = new, scope != nil || months != old, scope != .newPointsOnly || months != old else { return }
        guard let scope else {
            let held = try heldTotals()
            if HeldPointsExpiry.needsChoice(from: old, to: new, heldPoints: held.points) {
                throw LoyaltyError.program(.expiryNeedsChoice(months: months, points: held.points, members: held.members, pointsName: pointsName))
            }
            return
        }
        let plan = try heldExpiryPlan(months: months, scope: scope)
        let newestEntry = try db.scalar("SELECT coalesce(max(id), 0) FROM ledger")
        for change in plan.changes {
            try db.run("UPDATE lots SET expires_at = ? WHERE entry_id = ?", [change.expires.unixSeconds, change.lotID])
            try db.run("INSERT INTO lot_expiry_changes(lot_id, after_entry_id, expires_at, changed_at) VALUES (?, ?, ?, ?)",
                       [change.lotID, newestEntry, change.expires.unixSeconds, nowSeconds])
        }
        try audit("program.expiry", "programme", after: HeldExpiryWording.audit(plan, pointsName: pointsName, calendar: calendar))
    }

    /// Each member's lot expiry changes in the order they were made, for `check` to replay.
    func lotExpiryChangesByMember() throws -> [Int64: [(afterEntry: Int64, lotID: Int64, expires: Date)]] {
        var changes: [Int64: [(afterEntry: Int64, lotID: Int64, expires: Date)]] = [:]
        try db.query("""
            SELECT l.member_id, c.after_entry_id, c.lot_id, c.expires_at FROM lot_expiry_changes c JOIN lots l ON l.entry_id = c.lot_id
            ORDER BY c.after_entry_id, c.id
            """) { row in
            changes[row.int(0), default: []].append((row.int(1), row.int(2), Date(unixSeconds: row.int(3))))
        }
        return changes
    }
}

extension Store {
    /// What switching expiry to `months` with `scope` would do to the points held now; changes nothing.
    public func heldExpiryPlan(months: Int, scope: ExpiryScope) throws -> HeldExpiryPlan {
        try read { try $0.heldExpiryPlan(months: months, scope: scope) }
    }
}
