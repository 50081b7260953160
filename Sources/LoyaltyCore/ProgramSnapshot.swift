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
/// earn (with their caps), campaigns, tiers, the e-mails switched on and the clock. A single event
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
    /// The moment decisions are made at.
    public let now: Date
    /// The first moment of the rolling tier window ending `now`.
    public let tierWindowStart: Date
    /// When points credited `now` expire, or nil when points never expire.
    public let expiryOfPointsCreditedNow: Date?

    public init(program: Program, rules: [EarningRule], campaigns: [Campaign], tiers: [Tier], activeEmails: Set<EmailTrigger>,
                cheapestReward: RewardThreshold?, now: Date, tierWindowStart: Date, expiryOfPointsCreditedNow: Date?) {
        self.program = program
        self.rules = rules
        self.campaigns = campaigns
        self.tiers = tiers.sorted { $0.threshold < $1.threshold }
        self.activeEmails = activeEmails
        self.cheapestReward = cheapestReward
        self.now = now
        self.tierWindowStart = tierWindowStart
        self.expiryOfPointsCreditedNow = expiryOfPointsCreditedNow
    }

    /// The active rule for an event kind (custom actions by name, ignoring case), or nil.
    public func activeRule(kind: EarningKind, action: String?) -> EarningRule? {
        let wanted = (action ?? "").trimmingWhitespace().lowercased()
        return rules.first { $0.active && $0.kind == kind && (kind != .custom || $0.name.lowercased() == wanted) }
    }

    /// The tier with this id, or nil.
    public func tier(id: Int64) -> Tier? { tiers.first { $0.id == id } }

    /// The campaign multiplier for a rule now: the highest running campaign's, or ×1 (100).
    public func campaignMultiplier(ruleID: Int64) -> MultiplierPercent {
        LoyaltyCore.campaignMultiplier(for: ruleID, at: now, campaigns: campaigns)
    }

    public func emailIsActive(_ trigger: EmailTrigger) -> Bool { activeEmails.contains(trigger) }
}
