/// A coupon as a member's page shows it.
public struct PageCoupon: Equatable, Sendable {
    public var code: String
    public var rewardName: String
    /// What it gives, e.g. "5.00 EUR off".
    public var description: String
    public var state: CouponState

    public init(code: String, rewardName: String, description: String, state: CouponState) {
        self.code = code
        self.rewardName = rewardName
        self.description = description
        self.state = state
    }
}

/// A member's "My Rewards" page as they read it: their balance and tier, each active reward in their
/// words with what they can do about it now (redeem it, or what is missing), and their coupons.
public enum MyRewardsPage {
    public static func document(member: Member, coupons: [PageCoupon], program: Program, rewards: [Reward], tiers: [Tier]) -> PageDocument {
        let points = program.pointsName
        var intro = [PageItem("You have \(member.balance) \(program.pointsIcon) \(Counting.pointsWord(member.balance, named: points)) · \(member.tierName) tier")]
        if member.status != .member {
            intro.append(PageItem("Join the programme to redeem your \(points); you keep what you have earned.", tone: .warning))
        }
        let offered = rewards.filter(\.active)
        let rewardItems = offered.isEmpty ? [PageItem("No rewards yet.", tone: .muted)]
            : offered.map { item(for: $0, member: member, program: program, tiers: tiers) }
        let couponItems = coupons.isEmpty ? [PageItem("None yet.", tone: .muted)] : coupons.map { coupon in
            PageItem("\(coupon.rewardName): \(coupon.description) · \(coupon.state.rawValue)", tone: coupon.state == .issued ? .normal : .muted,
                     code: CouponCode.grouped(coupon.code))
        }
        return PageDocument(title: "My Rewards · \(member.name)", intro: intro, sections: [
            PageSection(heading: "Rewards", items: rewardItems),
            PageSection(heading: "Your coupons", items: couponItems),
        ])
    }

    /// One reward's line: what it gives and costs in the customer's words, its conditions, and what
    /// this member can do about it now, as `RedemptionRules` (the redemption's own rule) decides.
    private static func item(for reward: Reward, member: Member, program: Program, tiers: [Tier]) -> PageItem {
        let points = program.pointsName
        let conditions = reward.customerConditions(pointsName: points, tiers: tiers)
        let head = "\(reward.name) (\(([reward.customerSummary(pointsName: points)] + conditions).joined(separator: ", ")))"
        let refusals = RedemptionRules.refusals(member: member, reward: reward, program: program, tiers: tiers)
        guard refusals.isEmpty else {
            return PageItem("\(head): \(refusals.map { $0.customerReason(pointsName: points) }.joined(separator: "; "))", marker: .bullet)
        }
        switch reward.kind {
        case .fixed(let fixed):
            let order = fixed.minimumSubtotal.map { " on an order of \($0) or more" } ?? ""
            return PageItem("\(head): yours to redeem\(order)", tone: .success, marker: .check)
        case .flexible(let flex):
            let worth = flex.worth(of: max(0, member.balance)).map(\.description) ?? "more than can be counted"
            return PageItem("\(head): your \(Counting.points(member.balance, named: points)) are worth \(worth)", tone: .success, marker: .check)
        }
    }
}
