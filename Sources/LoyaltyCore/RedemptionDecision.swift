/// A member as far as redeeming goes: who they are, their status, balance and tier.
public struct Redeemer: Equatable, Sendable {
    public var email: String
    public var status: MemberStatus
    public var balance: Points
    public var tier: Tier

    public init(email: String, status: MemberStatus, balance: Points, tier: Tier) {
        self.email = email
        self.status = status
        self.balance = balance
        self.tier = tier
    }
}

/// Why a member cannot have a reward. `message` is the full sentence a refusal shows; `reason`
/// the few words a list of rewards shows beside one the member cannot have.
public enum RedemptionRefusal: Equatable, Sendable {
    case notAMember(email: String, status: MemberStatus)
    case noPositiveBalance(email: String, balance: Points)
    case rewardInactive(reward: String)
    case tooFewPoints(email: String, balance: Points, reward: String, cost: Points)
    case tierTooLow(email: String, reward: String, needed: String, has: String)
    case orderTooSmall(reward: String, minimum: Money, total: Money)

    public func message(pointsName: String) -> String {
        switch self {
        case .notAMember(let email, let status): return "\(email) is \(status.phrase); only members can redeem: make them a member first"
        case .noPositiveBalance(let email, let balance):
            return "\(email) has \(Counting.points(balance, named: pointsName)); redeeming needs a positive balance"
        case .rewardInactive(let reward): return "reward \"\(reward)\" is not active"
        case .tooFewPoints(let email, let balance, let reward, let cost):
            return "\(email) has \(Counting.points(balance, named: pointsName)); \"\(reward)\" costs \(cost)"
        case .tierTooLow(let email, let reward, let needed, let has): return "\"\(reward)\" is for \(needed) and above; \(email) is \(has)"
        case .orderTooSmall(let reward, let minimum, let total): return "\"\(reward)\" needs an order of at least \(minimum); this one is \(total)"
        }
    }

    /// "needs 130 more Stars", "for Gold and above", "orders from 20.00 EUR".
    public func reason(pointsName: String) -> String {
        switch self {
        case .notAMember: return "only members redeem"
        case .noPositiveBalance: return "needs a positive balance"
        case .rewardInactive: return "not active"
        case .tooFewPoints(_, let balance, _, let cost): return "needs \(cost - balance) more \(Counting.pointsWord(cost - balance, named: pointsName))"
        case .tierTooLow(_, _, let needed, _): return "for \(needed) and above"
        case .orderTooSmall(_, let minimum, _): return "orders from \(minimum)"
        }
    }
}

/// What redeeming a reward would do: the points it uses and what its coupon gives. Worked out
/// before anything is written, so it can be shown and confirmed first; the redemption then
/// writes exactly this.
public struct RedemptionQuote: Equatable, Sendable {
    public let points: Points
    /// What the coupon gives, e.g. "5.00 EUR off", "Free product CAKE".
    public let description: String
    public let discountType: String
    /// Percent for percent_off, minor units for amount_off / sale_price / flexible discounts.
    public let discountValue: Int64?
    public let sku: String?
    public let minimumSubtotal: Money?
    /// The money off, for the flexible reward.
    public let flexibleDiscount: Money?
}

/// The rules of redeeming, decided from plain values (the store loads them, then writes the result).
public enum RedemptionRules {
    /// Why `member` cannot redeem anything (not a member, no positive balance), or nil.
    public static func refusal(for member: Redeemer) -> RedemptionRefusal? {
        guard member.status == .member else { return .notAMember(email: member.email, status: member.status) }
        guard member.balance > 0 else { return .noPositiveBalance(email: member.email, balance: member.balance) }
        return nil
    }

    /// Why `member` cannot have `reward` whatever the order (status, balance, reward on, cost,
    /// tier; `minimumTier` is the reward's tier, if it names one), or nil when nothing stops them.
    public static func refusal(of reward: Reward, for member: Redeemer, minimumTier: Tier?) -> RedemptionRefusal? {
        if let refusal = refusal(for: member) { return refusal }
        guard reward.active else { return .rewardInactive(reward: reward.name) }
        guard case .fixed(let fixed) = reward.kind else { return nil }
        guard member.balance >= fixed.cost else {
            return .tooFewPoints(email: member.email, balance: member.balance, reward: reward.name, cost: fixed.cost)
        }
        if let needed = minimumTier, member.tier.threshold < needed.threshold {
            return .tierTooLow(email: member.email, reward: reward.name, needed: needed.name, has: member.tier.name)
        }
        return nil
    }

    /// What redeeming `reward` on an order of `orderTotal` (needed for the flexible reward; checked
    /// against a fixed reward's minimum subtotal when given) would do, or the refusal. The flexible
    /// reward uses at most `requested` points when given.
    public static func decide(_ reward: Reward, for member: Redeemer, minimumTier: Tier?, orderTotal: Money?, requested: Points?,
                              pointsName: String) throws -> RedemptionQuote {
        if let refusal = refusal(of: reward, for: member, minimumTier: minimumTier) {
            throw LoyaltyError.refused(refusal.message(pointsName: pointsName))
        }
        switch reward.kind {
        case .fixed(let fixed):
            if let minimum = fixed.minimumSubtotal, let total = orderTotal, total < minimum {
                throw LoyaltyError.refused(RedemptionRefusal.orderTooSmall(reward: reward.name, minimum: minimum, total: total).message(pointsName: pointsName))
            }
            return RedemptionQuote(points: fixed.cost, description: fixed.discount.label, discountType: fixed.discount.typeName,
                                   discountValue: fixed.discount.storedValue, sku: fixed.discount.sku, minimumSubtotal: fixed.minimumSubtotal,
                                   flexibleDiscount: nil)
        case .flexible(let flexible):
            guard let total = orderTotal else {
                throw LoyaltyError.invalid("the flexible reward needs the order total to work out the discount")
            }
            let redemption = try flexibleRedemption(flexible, balance: member.balance, orderTotal: total, requested: requested)
            return RedemptionQuote(points: redemption.points, description: "\(redemption.discount) off", discountType: "amount_off",
                                   discountValue: redemption.discount.minorUnits, sku: nil, minimumSubtotal: nil, flexibleDiscount: redemption.discount)
        }
    }
}
