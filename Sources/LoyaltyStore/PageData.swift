import LoyaltyCore

extension CouponRecord {
    /// The coupon as a member's page shows it.
    public var pageCoupon: PageCoupon { PageCoupon(code: code, rewardName: rewardName, description: description, state: state) }
}

/// What the customer-facing pages are built from, read once: the programme, its ways to earn,
/// rewards and tiers. Members are read one at a time beside it.
public struct PageSource: Sendable {
    public let program: Program
    public let rules: [EarningRule]
    public let rewards: [Reward]
    public let tiers: [Tier]

    public var programPage: PageDocument { ProgramPage.document(program: program, rules: rules, rewards: rewards, tiers: tiers) }

    public func myRewardsPage(_ member: Member, coupons: [CouponRecord]) -> PageDocument {
        MyRewardsPage.document(member: member, coupons: coupons.map(\.pageCoupon), program: program, rewards: rewards, tiers: tiers)
    }
}

extension Transaction {
    public func pageSource() throws -> PageSource {
        PageSource(program: try program(), rules: try rules(), rewards: try rewards(), tiers: try tiers())
    }
}
