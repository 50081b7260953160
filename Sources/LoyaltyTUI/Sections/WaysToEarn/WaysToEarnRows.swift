import LoyaltyCore
import LoyaltyText

/// The columns and row texts of the Ways to earn pane's two tables.
enum WaysToEarnRows {
    /// From 70 cells the rule's kind gets a column of its own (the name campaigns are typed with).
    static func ruleColumns(width: Int, _ words: Localizer) -> [TableColumn] {
        [TableColumn(words.text("Way to earn"), width: .flexible(min: 12))]
            + (width >= 70 ? [TableColumn(words.text("Kind"))] : [])
            + [TableColumn(words.text("Earns"), width: .fit(min: 22)), TableColumn(words.text("Caps event/day"), width: .fit(min: 7)), TableColumn(words.text("On"))]
    }

    /// The kind column shows the name campaigns are typed with ("order"), which stays as it is.
    static func rule(_ rule: EarningRule, pointsName: String, wide: Bool, _ words: Localizer) -> [String] {
        [rule.name] + (wide ? [rule.kind.rawValue] : [])
            + [CoreWording.award(rule, pointsName, words), caps(rule, words), rule.active ? words.text("On") : words.text("Off")]
    }

    /// The most one event and one member's day can earn: "500 / 1,000", "— / 200", or "—" without caps.
    static func caps(_ rule: EarningRule, _ words: Localizer) -> String {
        guard rule.maxPerEvent != nil || rule.maxPerMemberPerDay != nil else { return "—" }
        let cap = { (points: Points?) in points.map { CoreWording.number($0, words) } ?? "—" }
        return "\(cap(rule.maxPerEvent)) / \(cap(rule.maxPerMemberPerDay))"
    }

    /// Below 70 cells the multiplier's header is shortened to "Mult." so the rest can be read.
    static func campaignColumns(width: Int, _ words: Localizer) -> [TableColumn] {
        [TableColumn(words.text("Campaign"), width: .fit(min: 12, max: 30)), TableColumn(width >= 70 ? words.text("Multiplier") : words.text("Mult.")),
         TableColumn(words.text("Days"), width: .fit(min: 23)), TableColumn(words.text("Ways to earn"), width: .flexible(min: 10))]
    }

    static func campaign(_ campaign: Campaign, rules: [EarningRule], days: CalendarDays, _ words: Localizer) -> [String] {
        [campaign.name, words.format(.multiplier(campaign.multiplier)), CampaignForm.period(campaign, days: days, words), CampaignForm.ruleNames(campaign, rules: rules)]
    }
}
