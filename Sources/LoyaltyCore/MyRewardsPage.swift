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

/// A member's "My Rewards" page as they read it: their balance and tier, each active reward with
/// whether it is within reach or how many points are missing, and their coupons.
public enum MyRewardsPage {
    public static func document(member: Member, coupons: [PageCoupon], program: Program, rewards: [Reward], tiers: [Tier]) -> PageDocument {
        let points = program.pointsName
        var intro = [PageItem("You have \(member.balance) \(program.pointsIcon) \(points) · \(member.tierName) tier")]
        if member.status != .member {
            intro.append(PageItem("Join the programme to redeem your \(points); you keep what you have earned.", tone: .warning))
        }
        let offered = rewards.filter(\.active)
        let rewardItems = offered.isEmpty ? [PageItem("No rewards yet.", tone: .muted)]
            : offered.map { item(for: $0, balance: member.balance, program: program, tiers: tiers) }
        let couponItems = coupons.isEmpty ? [PageItem("None yet.", tone: .muted)] : coupons.map { coupon in
            PageItem("\(coupon.rewardName): \(coupon.description) · \(coupon.state.rawValue)", tone: coupon.state == .issued ? .normal : .muted,
                     code: CouponCode.grouped(coupon.code))
        }
        return PageDocument(title: "My Rewards · \(member.name)", intro: intro, sections: [
            PageSection(heading: "Rewards", items: rewardItems),
            PageSection(heading: "Your coupons", items: couponItems),
        ])
    }

    private static func item(for reward: Reward, balance: Points, program: Program, tiers: [Tier]) -> PageItem {
        let points = program.pointsName
        switch reward.kind {
        case .fixed(let fixed):
            let tier = fixed.minimumTierID.flatMap { id in tiers.first { $0.id == id } }.map { ", \($0.name) and above" } ?? ""
            let head = "\(reward.name) (\(fixed.discount.label) for \(fixed.cost) \(points)\(tier))"
            return balance >= fixed.cost ? PageItem("\(head): within reach", tone: .success, marker: .check)
                : PageItem("\(head): \(fixed.cost - balance) \(points) to go", marker: .bullet)
        case .flexible(let flex):
            let worth = flex.worth(of: max(0, balance)).map(\.description) ?? "more than can be counted"
            let head = "\(reward.name) (\(flex.points) \(points) = \(flex.value))"
            return balance >= flex.minimumPoints ? PageItem("\(head): yours are worth \(worth)", tone: .success, marker: .check)
                : PageItem("\(head): \(flex.minimumPoints - balance) \(points) to go", marker: .bullet)
        }
    }
}
