import Foundation
import LoyaltyCore
import LoyaltyText

/// The form that adds or edits a campaign (a multiplier on chosen ways to earn between two days),
/// the `Campaign` its fields make, and how a campaign's days and rules read in the list.
enum CampaignForm {
    /// The form for a new campaign, starting today for a week, in `days`' calendar.
    static func form(data: DashboardData, today: Date, days: CalendarDays, words: Localizer) -> FormState {
        let weekLater = days.calendar.date(byAdding: .day, value: 6, to: today) ?? today
        return FormState(title: words.text("Add campaign"), purpose: .waysToEarn(.addCampaign),
                         fields: fields(name: "", multiplier: "2x", from: days.string(today), to: days.string(weekLater), rules: "", data: data, words: words))
    }

    /// The form that edits `campaign`, filled with what it is now.
    static func form(editing campaign: Campaign, data: DashboardData, days: CalendarDays, words: Localizer) -> FormState {
        let rules = data.rules.filter { campaign.ruleIDs.contains($0.id) }.map(identifier).joined(separator: ", ")
        return FormState(title: words.text("Edit campaign"), purpose: .waysToEarn(.editCampaign(id: campaign.id)),
                         fields: fields(name: campaign.name, multiplier: formatMultiplier(campaign.multiplier), from: days.string(campaign.starts),
                                        to: days.lastDay(before: campaign.ends), rules: rules, data: data, words: words))
    }

    private static func fields(name: String, multiplier: String, from: String, to: String, rules: String, data: DashboardData, words: Localizer) -> [FormField] {
        let points: [String: SentenceValue] = ["points": .text(data.program.pointsName)]
        return [
            FormField(key: "name", label: words.text("Name"), value: name, hint: words.text("e.g. Double {points} in December", points)),
            FormField(key: "multiplier", label: words.text("Multiplier"), value: multiplier, hint: words.text("2x doubles the {points} earned; 1.5x adds half", points),
                      replacedByTyping: true),
            FormField(key: "from", label: words.text("From"), value: from, hint: words.text("first day, YYYY-MM-DD")),
            FormField(key: "to", label: words.text("To"), value: to, hint: words.text("last day (included), YYYY-MM-DD")),
            FormField(key: "rules", label: words.text("Ways to earn"), value: rules,
                      hint: words.text("comma list of: {names}", ["names": .list(data.rules.map(identifier))])),
        ]
    }

    /// The campaign the form's fields describe; refuses unknown dates, multipliers and rule names.
    /// Editing, a day left as it was keeps the campaign's own moment (one added with a time of day
    /// from the command line keeps that time).
    static func campaign(from form: FormState, data: DashboardData, days: CalendarDays, editing: Campaign? = nil, words: Localizer) throws -> Campaign {
        let multiplier = try FormParsing.value(words.text("Multiplier")) { try parseMultiplier(form["multiplier"]) }
        let starts = try editing.flatMap { form["from"] == days.string($0.starts) ? $0.starts : nil }
            ?? FormParsing.value(words.text("From")) { try days.start(of: form["from"]) }
        let ends = try editing.flatMap { form["to"] == days.lastDay(before: $0.ends) ? $0.ends : nil }
            ?? FormParsing.value(words.text("To")) { try days.end(of: form["to"]) }
        let ruleIDs = try FormParsing.value(words.text("Ways to earn")) { try self.ruleIDs(form["rules"], rules: data.rules) }
        return Campaign(id: editing?.id ?? 0, name: form["name"], multiplier: multiplier, starts: starts, ends: ends, ruleIDs: ruleIDs)
    }

    /// The name to type for a rule: its kind ("order"), or a custom action's own name.
    static func identifier(_ rule: EarningRule) -> String { rule.kind == .custom ? rule.name : rule.kind.rawValue }

    /// The rules a comma list names, each by kind ("order"), kind label or rule name, in any case.
    static func ruleIDs(_ text: String, rules: [EarningRule]) throws -> [Int64] {
        let names = text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        let known = rules.map(identifier)
        guard !names.isEmpty else { throw LoyaltyError.rule(.noneNamed(known: known)) }
        return try names.map { name in
            let wanted = name.lowercased()
            guard let rule = rules.first(where: { [$0.kind.rawValue, $0.kind.label, $0.name].map { $0.lowercased() }.contains(wanted) }) else {
                throw LoyaltyError.rule(.noSuchName(name, known: known))
            }
            return rule.id
        }
    }

    /// "2025-12-01 – 2025-12-24" (both days included), as `loyalty campaign list` shows it too; a
    /// campaign the command line ends during a day: "2025-12-01 – until 2025-12-24 18:00".
    static func period(_ campaign: Campaign, days: CalendarDays, _ words: Localizer) -> String {
        let ends = campaign.ends
        guard days.calendar.startOfDay(for: ends) != ends else { return "\(days.string(campaign.starts)) – \(days.lastDay(before: ends))" }
        let time = days.calendar.dateComponents([.hour, .minute], from: ends)
        return "\(days.string(campaign.starts)) – " + words.text("until {moment}", ["moment": .text("\(days.string(ends)) " + String(format: "%02d:%02d", time.hour ?? 0, time.minute ?? 0))])
    }

    /// The names of the rules a campaign multiplies.
    static func ruleNames(_ campaign: Campaign, rules: [EarningRule]) -> String {
        rules.filter { campaign.ruleIDs.contains($0.id) }.map(\.name).joined(separator: ", ")
    }
}
