import LoyaltyCore

/// The programme page as a customer reads it: what the programme is, how to earn (active ways to
/// earn with their points), the rewards with their costs, the tiers, and how to join.
enum ProgramPageText {
    static func lines(_ data: DashboardData) -> [(text: String, role: ThemeRole)] {
        let program = data.program, points = program.pointsName
        let name = program.name.isEmpty ? "Our rewards programme" : program.name
        var lines: [(String, ThemeRole)] = [
            (" " + name, .title),
            (" Collect \(program.pointsIcon) \(points) every time you shop and turn them into rewards.", .normal),
            ("", .normal), (" How to earn", .title),
        ]
        let rules = data.rules.filter(\.active)
        lines += rules.isEmpty ? [("  Ways to earn are coming soon.", .muted)] : rules.map { rule in
            let cap = rule.maxPerMemberPerDay.map { " (up to \($0) a day)" } ?? ""
            return ("  · \(rule.name): \(rule.awardDescription(pointsName: points))\(cap)", .normal)
        }
        lines += [("", .normal), (" Rewards", .title)]
        let rewards = data.rewards.filter(\.active)
        lines += rewards.isEmpty ? [("  Rewards are coming soon.", .muted)] : rewards.map { ("  · \($0.name): \($0.summary(pointsName: points))", .normal) }
        if data.tiers.count > 1 {
            lines += [("", .normal), (" Tiers", .title)]
            lines += data.tiers.sorted { $0.threshold < $1.threshold }.map { tier in
                let faster = tier.multiplier > 100 ? " · earn \(formatMultiplier(tier.multiplier)) \(points)" : ""
                let reach = tier.threshold == 0 ? "where everyone starts" : "from \(tier.threshold) \(points) earned in \(program.tierWindowMonths) months"
                return ("  · \(tier.name): \(reach)\(faster)", .normal)
            }
        }
        lines += [("", .normal), (" How to join", .title)]
        let signup = rules.first { $0.kind == .signup }.map { " and get \($0.awardDescription(pointsName: points)) to start" } ?? ""
        lines.append(("  Create an account at the shop or ask us at the till\(signup). Only members can redeem rewards.", .normal))
        if let months = program.expiryMonths {
            lines.append(("  \(points) expire \(months) months after you earn them.", .muted))
        }
        return lines
    }
}
