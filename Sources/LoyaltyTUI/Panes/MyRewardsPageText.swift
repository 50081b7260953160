import LoyaltyCore

/// A member's "My Rewards" page as they read it: their balance and tier, each active reward
/// with whether it is within reach or how many points are missing, and their coupons.
enum MyRewardsPageText {
    static func lines(_ card: MemberCard?, data: DashboardData) -> [(text: String, role: ThemeRole)] {
        guard let card else { return [(" No members yet: add one in Members, then come back.", .muted)] }
        let member = card.member, program = data.program, points = program.pointsName
        var lines: [(String, ThemeRole)] = [
            (" My Rewards · \(member.name)", .title),
            (" You have \(member.balance) \(program.pointsIcon) \(points) · \(member.tierName) tier", .normal),
        ]
        if member.status != .member {
            lines.append((" Join the programme to redeem your \(points); you keep what you have earned.", .warning))
        }
        lines += [("", .normal), (" Rewards", .title)]
        let rewards = data.rewards.filter(\.active)
        lines += rewards.isEmpty ? [("  No rewards yet.", .muted)] : rewards.map { line(for: $0, balance: member.balance, data: data) }
        lines += [("", .normal), (" Your coupons", .title)]
        lines += card.coupons.isEmpty ? [("  None yet.", .muted)] : card.coupons.map { coupon in
            ("  \(DisplayFormat.couponCode(coupon.code))  \(coupon.rewardName): \(coupon.description) · \(coupon.state.rawValue)", coupon.state == .issued ? .normal : .muted)
        }
        return lines
    }

    private static func line(for reward: Reward, balance: Points, data: DashboardData) -> (String, ThemeRole) {
        let points = data.program.pointsName
        switch reward.kind {
        case .fixed(let fixed):
            let tier = fixed.minimumTierID.flatMap { id in data.tiers.first { $0.id == id } }.map { ", \($0.name) and above" } ?? ""
            let head = "\(reward.name) (\(fixed.discount.label) for \(fixed.cost) \(points)\(tier))"
            return balance >= fixed.cost ? ("  ✓ \(head): within reach", .success) : ("  · \(head): \(fixed.cost - balance) \(points) to go", .normal)
        case .flexible(let flex):
            let worth = Money(minorUnits: max(0, balance) * flex.value.minorUnits / flex.points, currency: flex.value.currency)
            let head = "\(reward.name) (\(flex.points) \(points) = \(flex.value))"
            return balance >= flex.minimumPoints ? ("  ✓ \(head): yours are worth \(worth)", .success)
                : ("  · \(head): \(flex.minimumPoints - balance) \(points) to go", .normal)
        }
    }
}
