import Foundation
import LoyaltyCore

/// The form that adds a campaign (a multiplier on chosen ways to earn between two days), the
/// `Campaign` its fields make, and how a campaign's days and rules read in the list.
enum CampaignForm {
    /// The form, starting today for a week, in `days`' calendar.
    static func form(data: DashboardData, today: Date, days: CalendarDays) -> FormState {
        let weekLater = days.calendar.date(byAdding: .day, value: 6, to: today) ?? today
        let pointsName = data.program.pointsName
        return FormState(title: "Add campaign", purpose: .addCampaign, owner: .waysToEarn, fields: [
            FormField(key: "name", label: "Name", hint: "e.g. Double \(pointsName) in December"),
            FormField(key: "multiplier", label: "Multiplier", value: "2x", hint: "2x doubles the \(pointsName) earned; 1.5x adds half"),
            FormField(key: "from", label: "From", value: days.string(today), hint: "first day, YYYY-MM-DD"),
            FormField(key: "to", label: "To", value: days.string(weekLater), hint: "last day (included), YYYY-MM-DD"),
            FormField(key: "rules", label: "Ways to earn", hint: "comma list of: " + data.rules.map(identifier).joined(separator: ", ")),
        ])
    }

    /// The campaign the form's fields describe; refuses unknown dates, multipliers and rule names.
    static func campaign(from form: FormState, data: DashboardData, days: CalendarDays) throws -> Campaign {
        let multiplier = try FormParsing.value("Multiplier") { try parseMultiplier(form["multiplier"]) }
        let starts = try FormParsing.value("From") { try days.start(of: form["from"]) }
        let ends = try FormParsing.value("To") { try days.end(of: form["to"]) }
        let ruleIDs = try FormParsing.value("Ways to earn") { try self.ruleIDs(form["rules"], rules: data.rules) }
        return Campaign(name: form["name"], multiplier: multiplier, starts: starts, ends: ends, ruleIDs: ruleIDs)
    }

    /// The name to type for a rule: its kind ("order"), or a custom action's own name.
    static func identifier(_ rule: EarningRule) -> String { rule.kind == .custom ? rule.name : rule.kind.rawValue }

    /// The rules a comma list names, each by kind ("order"), kind label or rule name, in any case.
    static func ruleIDs(_ text: String, rules: [EarningRule]) throws -> [Int64] {
        let names = text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        let known = rules.map(identifier).joined(separator: ", ")
        guard !names.isEmpty else { throw LoyaltyError.invalid("name at least one, from: \(known)") }
        return try names.map { name in
            let wanted = name.lowercased()
            guard let rule = rules.first(where: { [$0.kind.rawValue, $0.kind.label, $0.name].map { $0.lowercased() }.contains(wanted) }) else {
                throw LoyaltyError.invalid("no way to earn called \"\(name)\"; use one of: \(known)")
            }
            return rule.id
        }
    }

    /// "2025-12-01 – 2025-12-24" (both days included).
    static func period(_ campaign: Campaign, days: CalendarDays) -> String {
        "\(days.string(campaign.starts)) – \(days.lastDay(before: campaign.ends))"
    }

    /// The names of the rules a campaign multiplies.
    static func ruleNames(_ campaign: Campaign, rules: [EarningRule]) -> String {
        rules.filter { campaign.ruleIDs.contains($0.id) }.map(\.name).joined(separator: ", ")
    }
}
