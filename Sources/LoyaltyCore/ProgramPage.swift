/// The programme page as a customer reads it: what the programme is, how to earn (active ways to
/// earn with their points), the rewards with their costs, the tiers, and how to join.
public enum ProgramPage {
    public static func document(program: Program, rules: [EarningRule], rewards: [Reward], tiers: [Tier]) -> PageDocument {
        let points = program.pointsName
        let name = program.name.isEmpty ? "Our rewards programme" : program.name
        var sections: [PageSection] = []
        let active = rules.filter(\.active)
        sections.append(PageSection(heading: "How to earn", items: active.isEmpty ? [PageItem("Ways to earn are coming soon.", tone: .muted)] : active.map { rule in
            let cap = rule.maxPerMemberPerDay.map { " (up to \($0) a day)" } ?? ""
            return PageItem("\(rule.name): \(rule.awardDescription(pointsName: points))\(cap)", marker: .bullet)
        }))
        let offered = rewards.filter(\.active)
        sections.append(PageSection(heading: "Rewards", items: offered.isEmpty ? [PageItem("Rewards are coming soon.", tone: .muted)]
                                        : offered.map { reward in
                                            let conditions = reward.customerConditions(pointsName: points, tiers: tiers)
                                            return PageItem("\(reward.name): \(reward.customerSummary(pointsName: points))"
                                                            + (conditions.isEmpty ? "" : " (\(conditions.joined(separator: ", ")))"), marker: .bullet)
                                        }))
        if tiers.count > 1 {
            sections.append(PageSection(heading: "Tiers", items: tiers.sorted { $0.threshold < $1.threshold }.map { tier in
                let faster = tier.multiplier > 100 ? " · earn \(formatMultiplier(tier.multiplier)) \(points)" : ""
                let reach = tier.threshold == 0 ? "where everyone starts" : "from \(program.points(tier.threshold)) earned in \(program.tierWindowMonths) months"
                return PageItem("\(tier.name): \(reach)\(faster)", marker: .bullet)
            }))
        }
        let signup = active.first { $0.kind == .signup }.map { " and get \($0.awardDescription(pointsName: points)) to start" } ?? ""
        var join = [PageItem("Create an account at the shop or ask us at the till\(signup). Only members can redeem rewards.")]
        if let months = program.expiryMonths {
            join.append(PageItem("\(points) expire \(months) months after you earn them.", tone: .muted))
        }
        sections.append(PageSection(heading: "How to join", items: join, isList: false))
        return PageDocument(title: name, intro: [PageItem("Collect \(program.pointsIcon) \(points) every time you shop and turn them into rewards.")],
                            sections: sections)
    }
}
