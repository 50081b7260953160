import Foundation
import LoyaltyCore

/// The programme's points data and member counts, read from running totals (never by summing the ledger).
/// Every flow is counted once: issued − redeemed + returned − expired − removed − reversed = unredeemed.
public struct ProgramStatistics: Sendable, Equatable {
    /// Points earned, given, or added by setting a balance.
    public let issued: Points
    /// Points spent on rewards.
    public let redeemed: Points
    /// Points that expired unspent.
    public let expired: Points
    /// Points removed by hand, or by setting a balance lower.
    public let removed: Points
    /// Points taken back when the orders that earned them were refunded.
    public let reversed: Points
    /// Points given back (refunds of redeemed points, voided coupons).
    public let returned: Points
    /// Points members hold now.
    public let unredeemed: Points
    public let membersByStatus: [MemberStatus: Int64]
    /// Member counts per tier, in tier order.
    public let membersByTier: [(tier: Tier, count: Int64)]
    /// The money the unredeemed points are worth at the flexible reward's rate, if there is one
    /// and the amount fits in an amount of money (see `liabilityTooLarge`).
    public let liability: Money?
    /// True when there is a flexible reward but the unredeemed points are worth more than any amount
    /// of money can hold (more than 92,233,720,368,547,758.07 in a two-decimal currency).
    public let liabilityTooLarge: Bool

    public var memberCount: Int64 { membersByStatus.values.reduce(0, +) }

    public static func == (a: ProgramStatistics, b: ProgramStatistics) -> Bool {
        a.issued == b.issued && a.redeemed == b.redeemed && a.expired == b.expired && a.removed == b.removed && a.reversed == b.reversed && a.returned == b.returned
            && a.unredeemed == b.unredeemed && a.membersByStatus == b.membersByStatus && a.liability == b.liability
            && a.liabilityTooLarge == b.liabilityTooLarge
            && a.membersByTier.map { "\($0.tier.id):\($0.count)" } == b.membersByTier.map { "\($0.tier.id):\($0.count)" }
    }
}

/// Points issued and redeemed on one day (UTC).
public struct DailyPoints: Sendable, Equatable {
    public let day: Date
    public let issued: Points
    public let redeemed: Points
}

extension Transaction {
    public func statistics() throws -> ProgramStatistics {
        var gained: [EntryKind: Points] = [:], lost: [EntryKind: Points] = [:]
        try db.query("SELECT kind, gained, lost FROM point_totals") { row in
            if let kind = EntryKind(rawValue: row.text(0)) { gained[kind] = row.int(1); lost[kind] = row.int(2) }
        }
        var byStatus: [MemberStatus: Int64] = [:], byTier: [Int64: Int64] = [:]
        try db.query("SELECT status, tier_id, count FROM member_counts") { row in
            if let status = MemberStatus(rawValue: row.text(0)) { byStatus[status, default: 0] += row.int(2) }
            byTier[row.int(1), default: 0] += row.int(2)
        }
        let g = { (k: EntryKind) in gained[k] ?? 0 }, l = { (k: EntryKind) in lost[k] ?? 0 }
        let sum = { (name: PointsSum, values: [Points]) throws -> Points in
            guard let total = Limits.checkedSum(values) else {
                throw LoyaltyError.database(.totalsTooLarge(totals: name))
            }
            return total
        }
        let unredeemed = try sum(.unredeemed, EntryKind.allCases.flatMap { [g($0), -l($0)] })
        var liability: Money?, liabilityTooLarge = false
        if case .flexible(let flex)? = try rewards().first(where: \.isFlexible)?.kind {
            liability = flex.worth(of: max(unredeemed, 0))
            liabilityTooLarge = liability == nil
        }
        return ProgramStatistics(issued: try sum(.issued, [g(.earn), g(.give), g(.set)]), redeemed: l(.redeem), expired: l(.expire),
                                 removed: try sum(.removed, [l(.remove), l(.set)]), reversed: l(.reverse), returned: g(.reverse), unredeemed: unredeemed,
                                 membersByStatus: byStatus, membersByTier: try tiers().map { ($0, byTier[$0.id] ?? 0) }, liability: liability,
                                 liabilityTooLarge: liabilityTooLarge)
    }

    /// Points issued and redeemed per day over the last `days` days, oldest first, with empty days as zero.
    public func dailyPoints(days: Int) throws -> [DailyPoints] {
        let today = nowSeconds / 86_400
        var byDay: [Int64: (Points, Points)] = [:]
        try db.query("SELECT day, issued, redeemed FROM daily_points WHERE day > ?", [today - Int64(days)]) { byDay[$0.int(0)] = ($0.int(1), $0.int(2)) }
        return (0..<Int64(days)).reversed().map { back in
            let day = today - back
            return DailyPoints(day: Date(unixSeconds: day * 86_400), issued: byDay[day]?.0 ?? 0, redeemed: byDay[day]?.1 ?? 0)
        }
    }
}

extension Store {
    public func statistics() throws -> ProgramStatistics { try read { try $0.statistics() } }
    public func dailyPoints(days: Int) throws -> [DailyPoints] { try read { try $0.dailyPoints(days: days) } }
}
