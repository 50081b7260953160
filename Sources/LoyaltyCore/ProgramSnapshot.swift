import Foundation

/// The cheapest active fixed reward, which the "reward available" e-mail watches.
public struct RewardThreshold: Equatable, Sendable {
    public let name: String
    public let cost: Points

    public init(name: String, cost: Points) {
        self.name = name
        self.cost = cost
    }
}

/// What the rules need to know about the programme at one moment, read once: its settings, ways to
/// earn (with their caps), campaigns, tiers, the e-mails switched on, the clock and the calendar. A single event
/// reads it once; an import reads it once for the whole file. The store loads it, Core decides with it.
public struct ProgramSnapshot: Sendable {
    public let program: Program
    public let rules: [EarningRule]
    public let campaigns: [Campaign]
    /// Tiers from the base tier (threshold 0) upwards.
    public let tiers: [Tier]
    /// The e-mail automations switched on.
    public let activeEmails: Set<EmailTrigger>
    public let cheapestReward: RewardThreshold?
    /// The moment decisions are made at: when they are recorded.
    public let now: Date
    /// The store's calendar: months of the tier window and of expiry, and days of daily caps, are counted in it.
    public let calendar: Calendar

    public init(program: Program, rules: [EarningRule], campaigns: [Campaign], tiers: [Tier], activeEmails: Set<EmailTrigger>,
                cheapestReward: RewardThreshold?, now: Date, calendar: Calendar) {
        self.program = program
        self.rules = rules
        self.campaigns = campaigns
        self.tiers = tiers.sorted { $0.threshold < $1.threshold }
        self.activeEmails = activeEmails
        self.cheapestReward = cheapestReward
        self.now = now
        self.calendar = calendar
    }

    /// The first moment of the rolling tier window ending at `moment`.
    public func tierWindowStart(endingAt moment: Date) -> Date {
        calendar.date(byAdding: .month, value: -program.tierWindowMonths, to: moment) ?? moment
    }

    /// The first moment of the rolling tier window ending now.
    public var tierWindowStart: Date { tierWindowStart(endingAt: now) }

    /// When points earned at `moment` expire (counted from that moment, however late they are
    /// recorded), or nil when points never expire.
    public func expiry(ofPointsEarnedAt moment: Date) -> Date? {
        program.expiryMonths.map { calendar.date(byAdding: .month, value: $0, to: moment) ?? moment }
    }

    /// The day `moment` falls on, in the store's calendar: its first moment and the next day's.
    public func day(of moment: Date) -> (start: Date, end: Date) {
        let start = calendar.startOfDay(for: moment)
        return (start, calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400))
    }

    /// The active rule for an event kind (custom actions by name, ignoring case), or nil.
    public func activeRule(kind: EarningKind, action: String?) -> EarningRule? {
        let wanted = (action ?? "").trimmingWhitespace().lowercased()
        return rules.first { $0.active && $0.kind == kind && (kind != .custom || $0.name.lowercased() == wanted) }
    }

    /// The tier with this id, or nil.
    public func tier(id: Int64) -> Tier? { tiers.first { $0.id == id } }

    /// The campaign multiplier for a rule at `moment` (now when nil): the highest campaign running
    /// then, or ×1 (100). An order placed during a campaign earns its multiplier whenever it is recorded.
    public func campaignMultiplier(ruleID: Int64, at moment: Date? = nil) -> MultiplierPercent {
        LoyaltyCore.campaignMultiplier(for: ruleID, at: moment ?? now, campaigns: campaigns)
    }

    public func emailIsActive(_ trigger: EmailTrigger) -> Bool { activeEmails.contains(trigger) }
}
