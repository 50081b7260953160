import Foundation
import LoyaltyCore

extension Transaction {
    /// Tiers from the base tier (threshold 0) upwards.
    public func tiers() throws -> [Tier] {
        try db.all("SELECT id, name, threshold, multiplier FROM tiers ORDER BY threshold") {
            Tier(id: $0.int(0), name: $0.text(1), threshold: $0.int(2), multiplier: $0.int(3))
        }
    }

    func tier(id: Int64) throws -> Tier {
        guard let tier = try tiers().first(where: { $0.id == id }) else {
            throw LoyaltyError.tier(.noSuchID(id))
        }
        return tier
    }

    func baseTierID() throws -> Int64 { try db.scalar("SELECT id FROM tiers WHERE threshold = 0") }

    private func checkUnique(_ tier: Tier) throws {
        if let clash = try db.one("SELECT name FROM tiers WHERE id != ? AND (threshold = ? OR name = ? COLLATE NOCASE)", [tier.id, tier.threshold, tier.name], { $0.text(0) }) {
            throw LoyaltyError.tier(.nameOrThresholdTaken(by: clash))
        }
    }

    func addTier(_ tier: Tier) throws -> Tier {
        let checked = try tier.validated()
        guard checked.threshold > 0 else { throw LoyaltyError.tier(.baseTierExists) }
        try checkUnique(checked)
        try db.run("INSERT INTO tiers(name, threshold, multiplier) VALUES (?, ?, ?)", [checked.name, checked.threshold, checked.multiplier])
        let added = try self.tier(id: db.lastInsertRowID)
        try reevaluateAllTiers()
        return added
    }

    func replaceTier(_ tier: Tier) throws -> Tier {
        let existing = try self.tier(id: tier.id)
        let checked = try tier.validated()
        guard (existing.threshold == 0) == (checked.threshold == 0) else {
            throw LoyaltyError.tier(.baseTierKeepsZero)
        }
        try checkUnique(checked)
        try db.run("UPDATE tiers SET name = ?, threshold = ?, multiplier = ? WHERE id = ?", [checked.name, checked.threshold, checked.multiplier, checked.id])
        try reevaluateAllTiers()
        return try self.tier(id: tier.id)
    }

    func deleteTier(id: Int64) throws {
        let tier = try self.tier(id: id)
        guard tier.threshold > 0 else { throw LoyaltyError.tier(.baseTierNotDeletable) }
        let rewards = try db.all("SELECT name FROM rewards WHERE min_tier_id = ?", [id]) { $0.text(0) }
        guard rewards.isEmpty else {
            throw LoyaltyError.tier(.lowestTierForRewards(tier: tier.name, rewards: rewards))
        }
        try db.run("UPDATE members SET tier_id = ? WHERE tier_id = ?", [try baseTierID(), id])
        try db.run("DELETE FROM member_counts WHERE tier_id = ?", [id])
        try db.run("DELETE FROM tiers WHERE id = ?", [id])
        try reevaluateAllTiers()
    }

    /// The first moment of the rolling tier window that ends now.
    func tierWindowStart() throws -> Int64 {
        adding(months: -(try program().tierWindowMonths), to: now).unixSeconds
    }

    /// Which ledger entries `e` count towards a tier: earnings and manual gives, less reversals of them.
    /// Redeeming never lowers a tier. Shared by the one-member and the all-members re-evaluation.
    static let countsTowardsTier = """
        (e.kind IN ('earn', 'give') OR (e.kind = 'reverse' AND e.delta < 0
            AND (SELECT kind FROM ledger r WHERE r.id = e.reverses_id) IN ('earn', 'give')))
        """

    /// Moves a member to the tier their earned points reach (earnings and manual gives within the tier
    /// window, less reversals of them; redeeming never lowers it), as Core's `TierChange` decides;
    /// returns the tier when it changed.
    @discardableResult
    func reevaluateTier(memberID: Int64, programme: ProgramSnapshot) throws -> Tier? {
        let change = TierChange.decide(member: try memberSnapshot(id: memberID, programme: programme), earnedChange: 0, programme: programme)
        try apply(Decision(tierChange: change), programme: programme)
        return change?.to
    }

    /// Re-evaluates every member (after tiers change, and in the daily job as points leave the window).
    /// Returns how many members changed tier.
    @discardableResult
    func reevaluateAllTiers() throws -> Int {
        let since = try tierWindowStart()
        return try db.run("""
            WITH earned AS (
                SELECT m.id AS member_id, (SELECT coalesce(sum(e.delta), 0) FROM ledger e
                    WHERE e.member_id = m.id AND e.occurred_at >= ?1 AND \(Transaction.countsTowardsTier)) AS points
                FROM members m
            ), target AS (
                SELECT earned.member_id, (SELECT t.id FROM tiers t WHERE t.threshold <= earned.points ORDER BY t.threshold DESC LIMIT 1) AS tier_id
                FROM earned
            )
            UPDATE members SET tier_id = target.tier_id FROM target
            WHERE members.id = target.member_id AND members.tier_id != target.tier_id
            """, [since])
    }
}

extension Store {
    public func tiers() throws -> [Tier] { try read { try $0.tiers() } }
    /// Adds a tier above the base tier and moves members who reach it.
    public func addTier(_ tier: Tier) throws -> Tier {
        try write(.programme) { tx in
            let added = try tx.addTier(tier)
            try tx.audit("tier.add", added.auditSubject, from: nil, to: added)
            return added
        }
    }

    public func editTier(_ tier: Tier) throws -> Tier {
        try write(.programme) { tx in
            let before = try tx.tier(id: tier.id)
            let after = try tx.replaceTier(tier)
            try tx.audit("tier.edit", before.auditSubject, from: before, to: after)
            return after
        }
    }

    /// Deletes a tier (never the base tier); its members are re-evaluated.
    public func deleteTier(id: Int64) throws {
        try write(.programme) { tx in
            let before = try tx.tier(id: id)
            try tx.deleteTier(id: id)
            try tx.audit("tier.delete", before.auditSubject, from: before, to: nil)
        }
    }
}

extension Tier {
    /// How the audit log names a tier: "tier 2 (Gold)".
    var auditSubject: String { "tier \(id) (\(name))" }
}
