import LoyaltyCore
import LoyaltyStore

/// Everything the sections show about the programme, read in one transaction. Small by design:
/// members are never loaded here (the Members pane pages them), and figures come from running totals.
public struct DashboardData: Sendable {
    public var program: Program
    public var rules: [EarningRule]
    public var rewards: [Reward]
    public var tiers: [Tier]
    public var campaigns: [Campaign]
    public var emails: [EmailAutomation]
    public var statistics: ProgramStatistics
    /// Points issued and redeemed per day, last 30 days, oldest first.
    public var daily: [DailyPoints]
    public var launchProblems: [LaunchProblem]
    /// The e-mail outbox: how many messages are in each status, and the newest few.
    public var outbox = OutboxCounts()
    public var recentMail: [OutboxMessage] = []
    /// The shop the programme is connected to, with its last webhook, sync and error; nil when none.
    public var shop: ShopConnection? = nil

    /// Reads the current state of the programme.
    public static func load(from store: Store) throws -> DashboardData {
        try store.read { tx in
            let program = try tx.program(), rules = try tx.rules(), rewards = try tx.rewards()
            return DashboardData(program: program, rules: rules, rewards: rewards, tiers: try tx.tiers(), campaigns: try tx.campaigns(),
                                 emails: try tx.emailAutomations(), statistics: try tx.statistics(), daily: try tx.dailyPoints(days: 30),
                                 launchProblems: LoyaltyCore.launchProblems(program: program, rules: rules, rewards: rewards),
                                 outbox: try tx.outboxCounts(), recentMail: try tx.outbox(limit: EmailOutboxView.recent), shop: try tx.shopConnection())
        }
    }
}
