import Foundation
import LoyaltyCore

extension Transaction {
    /// A member as the rules see them at `moment` (now when nil), in two small queries: balance, tier, the
    /// points counting towards tiers within the programme's window, orders so far and referrer; with
    /// `capped`, also what they earned on that moment's day from that way to earn (only ways with a
    /// daily cap need it).
    ///
    /// The tier window ends at `moment`, or at the member's last activity when that is later: an
    /// order that arrives late is judged with the points of the window the member is already in,
    /// never an older one, so it can lift their tier but never lower it.
    func memberSnapshot(id: Int64, programme: ProgramSnapshot, todayFrom capped: EarningRule? = nil, at moment: Date? = nil) throws -> MemberSnapshot {
        let moment = moment ?? programme.now
        let lastActivity = try db.one("SELECT last_activity_at FROM members WHERE id = ?", [id]) { $0.optionalInt(0) }
        guard let lastActivity else { throw LoyaltyError.member(.noSuchID(id)) }
        let windowEnd = lastActivity.map { max($0, moment.unixSeconds) } ?? moment.unixSeconds
        guard let row = try db.one("""
            SELECT m.balance, m.tier_id, m.referred_by, (SELECT count(*) FROM orders o WHERE o.member_id = m.id),
                (SELECT coalesce(sum(e.delta), 0) FROM ledger e WHERE e.member_id = m.id AND e.occurred_at >= ? AND \(Transaction.countsTowardsTier))
            FROM members m WHERE m.id = ?
            """, [programme.tierWindowStart(endingAt: Date(unixSeconds: windowEnd)).unixSeconds, id], {
                (balance: $0.int(0), tier: $0.int(1), referrer: $0.optionalInt(2), orders: $0.int(3), earned: $0.int(4))
            })
        else { throw LoyaltyError.member(.noSuchID(id)) }
        var today: [Int64: Points] = [:]
        if let rule = capped, rule.maxPerMemberPerDay != nil {
            let day = programme.day(of: moment)
            today[rule.id] = try db.scalar("""
                SELECT coalesce(sum(delta), 0) FROM ledger WHERE member_id = ? AND rule_id = ? AND kind = 'earn' AND occurred_at >= ? AND occurred_at < ?
                """, [id, rule.id, day.start.unixSeconds, day.end.unixSeconds])
        }
        return MemberSnapshot(id: id, balance: row.balance, tierID: row.tier, earnedInWindow: row.earned, earnedTodayByRule: today,
                              orders: Int(row.orders), referrer: row.referrer)
    }
}
