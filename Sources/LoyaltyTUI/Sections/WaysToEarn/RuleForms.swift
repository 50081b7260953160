import LoyaltyCore

/// The forms that add and edit ways to earn: first the choice of kind, then the rule itself, and
/// the `EarningRule` its fields make.
enum RuleForms {
    /// Kinds that may still be added: each kind once, custom actions any number of times.
    static func availableKinds(_ data: DashboardData) -> [EarningKind] {
        EarningKind.allCases.filter { kind in kind == .custom || !data.rules.contains { $0.kind == kind } }
    }

    /// Step one of adding: a choice of the kinds not used yet.
    static func kindChoice(_ data: DashboardData) -> FormState {
        FormState(title: "Add a way to earn", purpose: .waysToEarn(.chooseRuleKind), fields: [
            FormField(key: "kind", label: "Way to earn", kind: .choice(availableKinds(data).map(\.label)),
                      hint: "←/→ to choose, Enter to continue"),
        ])
    }

    /// The kind a choice or rule form names.
    static func kind(of form: FormState) -> EarningKind {
        EarningKind.allCases.first { $0.label == form["kind"] } ?? .custom
    }

    /// Step two of adding a rule of `kind`, or editing `rule`; the first field to type in has focus.
    static func rule(kind: EarningKind, editing rule: EarningRule?, data: DashboardData) -> FormState {
        let pointsName = data.program.pointsName, currency = data.program.currency, noun = eventNoun(kind)
        var perAmount = ""
        if case .perSpend(_, let per)? = rule?.award { perAmount = per.decimalString }
        var fields = [FormField(key: "kind", label: "Kind", kind: .choice([kind.label]), value: kind.label,
                                hint: rule == nil ? "chosen in the first step; Esc, then a, to pick another" : "a way to earn keeps its kind")]
        if kind == .custom {
            fields.append(FormField(key: "name", label: "Action name", value: rule?.name ?? "", hint: "what members do, e.g. Visit us on a Tuesday"))
        }
        fields.append(FormField(key: "points", label: pointsName, kind: .number(allowsEmpty: false), value: rule.map { String(points(of: $0.award)) } ?? "",
                                hint: kind.canEarnPerSpend ? "e.g. 10: with Per amount 1.00, 10 \(pointsName) for every 1.00 \(currency.code)" : "\(pointsName) for each \(noun), e.g. 50"))
        if kind.canEarnPerSpend {
            fields.append(FormField(key: "per", label: "Per amount", kind: .money(currency, allowsEmpty: true), value: perAmount,
                                    hint: "e.g. 1.00 (\(currency.code)) spent; empty: a fixed number per \(noun)"))
        }
        fields += [
            FormField(key: "maxPerEvent", label: "Max per \(noun)", kind: .number(allowsEmpty: true), value: rule?.maxPerEvent.map(String.init) ?? "",
                      hint: "the most \(pointsName) one \(noun) can earn; empty: no limit"),
            FormField(key: "maxPerDay", label: "Max per member a day", kind: .number(allowsEmpty: true), value: rule?.maxPerMemberPerDay.map(String.init) ?? "",
                      hint: "the most \(pointsName) a member earns with it in a day; empty: no limit"),
        ]
        let title = rule.map { "Edit way to earn: \($0.name)" } ?? "Add way to earn: \(kind.label)"
        var form = FormState(title: title, purpose: .waysToEarn(rule.map { .editRule(id: $0.id) } ?? .addRule), fields: fields)
        form.focused = 1
        return form
    }

    /// The rule the fields of a rule form describe.
    static func rule(from form: FormState, id: Int64, active: Bool, name: String?, data: DashboardData) -> EarningRule {
        let kind = kind(of: form), points = Int64(form["points"]) ?? 0
        let award = FormParsing.optionalMoney(form["per"], data.program.currency).map { EarningAward.perSpend(points: points, per: $0) } ?? .fixed(points)
        return EarningRule(id: id, kind: kind, name: kind == .custom ? form["name"] : name, award: award,
                           maxPerEvent: FormParsing.optionalNumber(form["maxPerEvent"]), maxPerMemberPerDay: FormParsing.optionalNumber(form["maxPerDay"]), active: active)
    }

    private static func points(of award: EarningAward) -> Points {
        switch award {
        case .fixed(let points), .perSpend(let points, _): return points
        }
    }

    /// What one event of the kind is called in the form: "order", "sign-up".
    static func eventNoun(_ kind: EarningKind) -> String {
        switch kind {
        case .signup: return "sign-up"
        case .order: return "order"
        case .booking: return "booking"
        case .eventTicket: return "ticket"
        case .eventRSVP: return "RSVP"
        case .newsletter: return "subscription"
        case .review: return "review"
        case .birthday: return "birthday"
        case .referral: return "referral"
        case .custom: return "action"
        }
    }
}
