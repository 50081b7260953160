import LoyaltyCore

extension Transaction {
    /// A member as the rules see them now, in one query: balance, tier, the points counting towards
    /// tiers within the programme's window, orders so far and referrer; with `capped`, also what they
    /// earned today from that way to earn (only ways with a daily cap need it).
    func memberSnapshot(id: Int64, programme: ProgramSnapshot, todayFrom capped: EarningRule? = nil) throws -> MemberSnapshot {
        guard let row = try db.one("""
            SELECT m.balance, m.tier_id, m.referred_by, (SELECT count(*) FROM orders o WHERE o.member_id = m.id),
                (SELECT coalesce(sum(e.delta), 0) FROM ledger e WHERE e.member_id = m.id AND e.created_at >= ? AND \(Transaction.countsTowardsTier))
            FROM members m WHERE m.id = ?
            """, [programme.tierWindowStart.unixSeconds, id], { (balance: $0.int(0), tier: $0.int(1), referrer: $0.optionalInt(2), orders: $0.int(3), earned: $0.int(4)) })
        else { throw LoyaltyError.member(.noSuchID(id)) }
        var today: [Int64: Points] = [:]
        if let rule = capped, rule.maxPerMemberPerDay != nil {
            today[rule.id] = try db.scalar("SELECT coalesce(sum(delta), 0) FROM ledger WHERE member_id = ? AND rule_id = ? AND kind = 'earn' AND created_at >= ?",
                                           [id, rule.id, startOfToday])
        }
        return MemberSnapshot(id: id, balance: row.balance, tierID: row.tier, earnedInWindow: row.earned, earnedTodayByRule: today,
                              orders: Int(row.orders), referrer: row.referrer)
    }
}
