import LoyaltyCore
import LoyaltyText

/// The forms that add and edit ways to earn: first the choice of kind, then the rule itself, and
/// the `EarningRule` its fields make.
enum RuleForms {
    /// Kinds that may still be added: each kind once, custom actions any number of times.
    static func availableKinds(_ data: DashboardData) -> [EarningKind] {
        EarningKind.allCases.filter { kind in kind == .custom || !data.rules.contains { $0.kind == kind } }
    }

    /// Step one of adding: a choice of the kinds not used yet.
    static func kindChoice(_ data: DashboardData, _ words: Localizer) -> FormState {
        var kind = FormField(key: "kind", label: words.text("Way to earn"), kind: .choice(availableKinds(data).map(\.label)),
                             hint: words.text("←/→ to choose, Enter to continue"))
        kind.optionLabels = availableKinds(data).map { CoreWording.kind($0, words) }
        return FormState(title: words.text("Add a way to earn"), purpose: .waysToEarn(.chooseRuleKind), fields: [kind])
    }

    /// The kind a choice or rule form names.
    static func kind(of form: FormState) -> EarningKind {
        EarningKind.allCases.first { $0.label == form["kind"] } ?? .custom
    }

    /// Step two of adding a rule of `kind`, or editing `rule`; the first field to type in has focus.
    static func rule(kind: EarningKind, editing rule: EarningRule?, data: DashboardData, words: Localizer) -> FormState {
        let pointsName = data.program.pointsName, currency = data.program.currency
        let values: [String: SentenceValue] = ["points": .text(pointsName), "currency": .text(currency.code), "event": .text(eventNoun(kind, words))]
        var perAmount = ""
        if case .perSpend(_, let per)? = rule?.award { perAmount = words.style.amount(per) }
        var kindField = FormField(key: "kind", label: words.text("Kind"), kind: .choice([kind.label]), value: kind.label,
                                  hint: rule == nil ? words.text("chosen in the first step; Esc, then a, to pick another") : words.text("a way to earn keeps its kind"))
        kindField.optionLabels = [CoreWording.kind(kind, words)]
        var fields = [kindField]
        if kind == .custom {
            fields.append(FormField(key: "name", label: words.text("Action name"), value: rule?.name ?? "", hint: words.text("what members do, e.g. Visit us on a Tuesday")))
        }
        fields.append(FormField(key: "points", label: pointsName, kind: .number(allowsEmpty: false), value: rule.map { String(points(of: $0.award)) } ?? "",
                                hint: kind.canEarnPerSpend ? words.text("e.g. 10: with Per amount 1.00, 10 {points} for every 1.00 {currency}", values)
                                    : words.text("{points} for each {event}, e.g. 50", values)))
        if kind.canEarnPerSpend {
            fields.append(FormField(key: "per", label: words.text("Per amount"), kind: .money(currency, allowsEmpty: true), value: perAmount,
                                    hint: words.text("e.g. 1.00 ({currency}) spent; empty: a fixed number per {event}", values)).reading(words.language))
        }
        fields += [
            FormField(key: "maxPerEvent", label: words.text("Max per {event}", values), kind: .number(allowsEmpty: true), value: rule?.maxPerEvent.map(String.init) ?? "",
                      hint: words.text("the most {points} one {event} can earn; empty: no limit", values)),
            FormField(key: "maxPerDay", label: words.text("Max per member a day"), kind: .number(allowsEmpty: true), value: rule?.maxPerMemberPerDay.map(String.init) ?? "",
                      hint: words.text("the most {points} a member earns with it in a day; empty: no limit", values)),
        ]
        let title = rule.map { words.text("Edit way to earn: {name}", ["name": .text($0.name)]) }
            ?? words.text("Add way to earn: {kind}", ["kind": .text(CoreWording.kind(kind, words))])
        var form = FormState(title: title, purpose: .waysToEarn(rule.map { .editRule(id: $0.id) } ?? .addRule), fields: fields)
        form.focused = 1
        return form
    }

    /// The rule the fields of a rule form describe.
    static func rule(from form: FormState, id: Int64, active: Bool, name: String?, data: DashboardData, language: Language) -> EarningRule {
        let kind = kind(of: form), points = Int64(form["points"]) ?? 0
        let award = FormParsing.optionalMoney(form["per"], data.program.currency, language).map { EarningAward.perSpend(points: points, per: $0) } ?? .fixed(points)
        return EarningRule(id: id, kind: kind, name: kind == .custom ? form["name"] : name, award: award,
                           maxPerEvent: FormParsing.optionalNumber(form["maxPerEvent"]), maxPerMemberPerDay: FormParsing.optionalNumber(form["maxPerDay"]), active: active)
    }

    private static func points(of award: EarningAward) -> Points {
        switch award {
        case .fixed(let points), .perSpend(let points, _): return points
        }
    }

    /// What one event of the kind is called in the form: "order", "sign-up".
    static func eventNoun(_ kind: EarningKind, _ words: Localizer) -> String {
        switch kind {
        case .signup: return words.text("sign-up")
        case .order: return words.text("order")
        case .booking: return words.text("booking")
        case .eventTicket: return words.text("ticket")
        case .eventRSVP: return words.text("RSVP")
        case .newsletter: return words.text("subscription")
        case .review: return words.text("review")
        case .birthday: return words.text("birthday")
        case .referral: return words.text("referral")
        case .custom: return words.text("action")
        }
    }
}
