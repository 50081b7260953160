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

/// A member's "My Rewards" page as they read it, in the programme's customer language: their
/// balance and tier, each active reward in their words with what they can do about it now (redeem
/// it, or what is missing), and their coupons.
public enum MyRewardsPage {
    public static func document(member: Member, coupons: [PageCoupon], program: Program, rewards: [Reward], tiers: [Tier]) -> PageDocument {
        let points = program.pointsName, language = program.customerLanguage
        var intro = [PageItem(language.text("You have {count} {icon} {points} · {tier} tier", [
            "count": .grouped(member.balance), "icon": .text(program.pointsIcon), "points": .text(language.pointsWord(member.balance, named: points)),
            "tier": .text(member.tierName)]))]
        if member.status != .member {
            intro.append(PageItem(language.text("Join the programme to redeem your {points}; you keep what you have earned.", ["points": .text(points)]),
                                  tone: .warning))
        }
        let offered = rewards.filter(\.active)
        let rewardItems = offered.isEmpty ? [PageItem(language.text("No rewards yet."), tone: .muted)]
            : offered.map { item(for: $0, member: member, program: program, tiers: tiers) }
        let couponItems = coupons.isEmpty ? [PageItem(language.text("None yet."), tone: .muted)] : coupons.map { coupon in
            PageItem(language.text("{reward}: {gives} · {state}", ["reward": .text(coupon.rewardName), "gives": .text(coupon.description),
                                                                   "state": .text(coupon.state.customerWord(in: language))]),
                     tone: coupon.state == .issued ? .normal : .muted, code: CouponCode.grouped(coupon.code))
        }
        return PageDocument(title: language.text("My Rewards · {name}", ["name": .text(member.name)]), intro: intro, sections: [
            PageSection(heading: language.text("Rewards"), items: rewardItems),
            PageSection(heading: language.text("Your coupons"), items: couponItems),
        ])
    }

    /// One reward's line: what it gives and costs in the customer's words, its conditions, and what
    /// this member can do about it now, as `RedemptionRules` (the redemption's own rule) decides.
    private static func item(for reward: Reward, member: Member, program: Program, tiers: [Tier]) -> PageItem {
        let points = program.pointsName, language = program.customerLanguage
        let conditions = reward.customerConditions(in: language, pointsName: points, tiers: tiers)
        let head = language.text("{reward} ({gives})", ["reward": .text(reward.name),
                                                        "gives": .text(([reward.customerSummary(in: language, pointsName: points)] + conditions).joined(separator: ", "))])
        let refusals = RedemptionRules.refusals(member: member, reward: reward, program: program, tiers: tiers)
        guard refusals.isEmpty else {
            let reasons = refusals.map { $0.customerReason(in: language, pointsName: points) }.joined(separator: "; ")
            return PageItem(language.text("{reward}: {reasons}", ["reward": .text(head), "reasons": .text(reasons)]), marker: .bullet)
        }
        switch reward.kind {
        case .fixed(let fixed):
            let values: [String: SentenceValue] = ["reward": .text(head)]
            guard let minimum = fixed.minimumSubtotal else { return PageItem(language.text("{reward}: yours to redeem", values), tone: .success, marker: .check) }
            return PageItem(language.text("{reward}: yours to redeem on an order of {amount} or more", values.merging(["amount": .money(minimum)]) { $1 }),
                            tone: .success, marker: .check)
        case .flexible(let flex):
            let worth = flex.worth(of: max(0, member.balance)).map { language.format(.money($0)) } ?? language.text("more than can be counted")
            return PageItem(language.text("{reward}: your {points} are worth {amount}", ["reward": .text(head), "points": .points(member.balance, named: points),
                                                                                          "amount": .text(worth)]),
                            tone: .success, marker: .check)
        }
    }
}

extension CouponState {
    /// The state as a member's page says it: issued, used, voided… in the customer language.
    public func customerWord(in language: CustomerLanguage) -> String { language.text(rawValue) }
}
