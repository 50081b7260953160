import LoyaltyCore

/// The columns and row texts of the Ways to earn pane's two tables.
enum WaysToEarnRows {
    /// From 70 cells the rule's kind gets a column of its own (the name campaigns are typed with).
    static func ruleColumns(width: Int) -> [TableColumn] {
        [TableColumn("Way to earn", width: .flexible(min: 12))]
            + (width >= 70 ? [TableColumn("Kind")] : [])
            + [TableColumn("Earns", width: .fit(min: 22)), TableColumn("Caps event/day", width: .fit(min: 7)), TableColumn("On")]
    }

    static func rule(_ rule: EarningRule, pointsName: String, wide: Bool) -> [String] {
        [rule.name] + (wide ? [rule.kind.rawValue] : []) + [rule.awardDescription(pointsName: pointsName), caps(rule), rule.active ? "On" : "Off"]
    }

    /// The most one event and one member's day can earn: "500 / 1,000", "— / 200", or "—" without caps.
    static func caps(_ rule: EarningRule) -> String {
        guard rule.maxPerEvent != nil || rule.maxPerMemberPerDay != nil else { return "—" }
        let cap = { (points: Points?) in points.map(OverviewPane.grouped) ?? "—" }
        return "\(cap(rule.maxPerEvent)) / \(cap(rule.maxPerMemberPerDay))"
    }

    /// Below 70 cells the multiplier's header is shortened to "Mult." so the rest can be read.
    static func campaignColumns(width: Int) -> [TableColumn] {
        [TableColumn("Campaign", width: .fit(min: 12, max: 30)), TableColumn(width >= 70 ? "Multiplier" : "Mult."),
         TableColumn("Days", width: .fit(min: 23)), TableColumn("Ways to earn", width: .flexible(min: 10))]
    }

    static func campaign(_ campaign: Campaign, rules: [EarningRule], days: CalendarDays) -> [String] {
        [campaign.name, formatMultiplier(campaign.multiplier), CampaignForm.period(campaign, days: days), CampaignForm.ruleNames(campaign, rules: rules)]
    }
}
