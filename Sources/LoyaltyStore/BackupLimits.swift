import LoyaltyCore

extension Store {
    /// Refuses a backup holding a number beyond `Limits`: a balance, a ledger change, a running
    /// total, a reward's or rule's points or money, an order's amounts. Such a file was not written
    /// by this Loyalty (or was edited), and the figures computed from it could not be trusted to fit.
    static func requireValuesWithinLimits(_ source: Connection, path: String) throws {
        let points = Limits.maximumBalance, change = Limits.maximumChange, total = Limits.maximumRunningTotal
        let money = Limits.maximumMoney
        let checks: [(what: BackupPart, limit: Int64, sql: String)] = [
            (.memberBalance, points, "SELECT id, balance FROM members WHERE balance > ?1 OR balance < -?1"),
            (.memberLifetimeEarned, total, "SELECT id, earned_total FROM members WHERE earned_total > ?1 OR earned_total < -?1"),
            (.memberRedeemed, total, "SELECT id, redeemed_total FROM members WHERE redeemed_total > ?1 OR redeemed_total < -?1"),
            (.ledgerChange, change, "SELECT id, delta FROM ledger WHERE delta > ?1 OR delta < -?1"),
            (.ledgerBalance, points, "SELECT id, balance_after FROM ledger WHERE balance_after > ?1 OR balance_after < -?1"),
            (.runningTotal, total, "SELECT kind, max(gained, lost, entries) FROM point_totals WHERE max(gained, lost, entries) > ?1 OR min(gained, lost) < 0"),
            (.dayPoints, total, "SELECT day, max(issued, redeemed) FROM daily_points WHERE max(issued, redeemed) > ?1 OR min(issued, redeemed) < -?1"),
            (.rulePoints, change, "SELECT id, max(points, coalesce(max_per_event, 0), coalesce(max_per_day, 0)) FROM earning_rules WHERE max(points, coalesce(max_per_event, 0), coalesce(max_per_day, 0)) > ?1"),
            (.ruleAmount, money, "SELECT id, per_minor FROM earning_rules WHERE per_minor > ?1"),
            (.rewardCost, change, "SELECT id, max(coalesce(cost, 0), coalesce(min_points, 0)) FROM rewards WHERE max(coalesce(cost, 0), coalesce(min_points, 0)) > ?1"),
            (.rewardAmount, money, """
                SELECT id, max(coalesce(discount_value, 0), coalesce(min_subtotal, 0), coalesce(max_discount_amount, 0)) FROM rewards
                WHERE max(coalesce(discount_value, 0), coalesce(min_subtotal, 0), coalesce(max_discount_amount, 0)) > ?1
                """),
            (.flexibleRatePoints, Limits.maximumRatePoints, "SELECT id, rate_points FROM rewards WHERE rate_points > ?1"),
            (.flexibleRateMoney, Limits.maximumRateMoney, "SELECT id, rate_value FROM rewards WHERE rate_value > ?1"),
            (.orderAmount, money, "SELECT ref, max(paid, refunded) FROM orders WHERE max(paid, refunded) > ?1"),
        ]
        for check in checks {
            let found: (String, Int64)?
            do {
                found = try source.one(check.sql, [check.limit]) { ($0.text(0), $0.int(1)) }
            } catch let error as SQLiteError {
                throw LoyaltyError.backup(.unreadable(path: path, reason: error.message))
            }
            if let (row, value) = found {
                throw LoyaltyError.backup(.beyondLimit(path: path, what: check.what, value: value, row: row, limit: check.limit))
            }
        }
    }
}
