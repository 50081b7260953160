/// The programme page as a customer reads it, in the programme's customer language: what the
/// programme is, how to earn (active ways to earn with their points), the rewards with their costs,
/// the tiers, and how to join.
public enum ProgramPage {
    public static func document(program: Program, rules: [EarningRule], rewards: [Reward], tiers: [Tier]) -> PageDocument {
        let points = program.pointsName, language = program.customerLanguage
        let name = program.name.isEmpty ? language.text("Our rewards programme") : program.name
        var sections: [PageSection] = []
        let active = rules.filter(\.active)
        sections.append(PageSection(heading: language.text("How to earn"), items: active.isEmpty
            ? [PageItem(language.text("Ways to earn are coming soon."), tone: .muted)]
            : active.map { rule in
                var values: [String: SentenceValue] = ["rule": .text(rule.name), "award": .text(rule.customerAward(in: language, pointsName: points))]
                guard let cap = rule.maxPerMemberPerDay else { return PageItem(language.text("{rule}: {award}", values), marker: .bullet) }
                values["count"] = .grouped(Int64(cap))
                return PageItem(language.text("{rule}: {award} (up to {count} a day)", values), marker: .bullet)
            }))
        let offered = rewards.filter(\.active)
        sections.append(PageSection(heading: language.text("Rewards"), items: offered.isEmpty
            ? [PageItem(language.text("Rewards are coming soon."), tone: .muted)]
            : offered.map { reward in
                let conditions = reward.customerConditions(in: language, pointsName: points, tiers: tiers)
                var values: [String: SentenceValue] = ["reward": .text(reward.name), "gives": .text(reward.customerSummary(in: language, pointsName: points))]
                guard !conditions.isEmpty else { return PageItem(language.text("{reward}: {gives}", values), marker: .bullet) }
                values["conditions"] = .text(conditions.joined(separator: ", "))
                return PageItem(language.text("{reward}: {gives} ({conditions})", values), marker: .bullet)
            }))
        if tiers.count > 1 {
            sections.append(PageSection(heading: language.text("Tiers"), items: tiers.sorted { $0.threshold < $1.threshold }.map { tier in
                PageItem(tierLine(tier, program: program), marker: .bullet)
            }))
        }
        let signup = active.first { $0.kind == .signup }
        var join = [PageItem(signup.map {
            language.text("Create an account at the shop or ask us at the till and get {award} to start. Only members can redeem rewards.",
                          ["award": .text($0.customerAward(in: language, pointsName: points))])
        } ?? language.text("Create an account at the shop or ask us at the till. Only members can redeem rewards."))]
        if let months = program.expiryMonths {
            let values: [String: SentenceValue] = ["points": .text(points), "count": .grouped(Int64(months))]
            join.append(PageItem(months == 1 ? language.text("{points} expire 1 month after you earn them.", values)
                                             : language.text("{points} expire {count} months after you earn them.", values), tone: .muted))
        }
        sections.append(PageSection(heading: language.text("How to join"), items: join, isList: false))
        let intro = language.text("Collect {icon} {points} every time you shop and turn them into rewards.",
                                  ["icon": .text(program.pointsIcon), "points": .text(points)])
        return PageDocument(title: name, intro: [PageItem(intro)], sections: sections)
    }

    /// "Gold: from 3,000 Stars earned in 12 months · earn 1.5x Stars", "Base: where everyone starts".
    private static func tierLine(_ tier: Tier, program: Program) -> String {
        let language = program.customerLanguage, points = program.pointsName
        var values: [String: SentenceValue] = ["tier": .text(tier.name), "points": .points(tier.threshold, named: points),
                                               "count": .grouped(Int64(program.tierWindowMonths))]
        let reach = tier.threshold == 0 ? language.text("where everyone starts")
            : program.tierWindowMonths == 1 ? language.text("from {points} earned in 1 month", values)
            : language.text("from {points} earned in {count} months", values)
        values["reach"] = .text(reach)
        guard tier.multiplier > 100 else { return language.text("{tier}: {reach}", values) }
        values["multiplier"] = .multiplier(tier.multiplier)
        values["points"] = .text(points)
        return language.text("{tier}: {reach} · earn {multiplier} {points}", values)
    }
}
