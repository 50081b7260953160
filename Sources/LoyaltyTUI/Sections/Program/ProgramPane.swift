import LoyaltyCore
import LoyaltyStore
import Terminal

/// Programme details (name, what points are called, their icon, currency, expiry) and its status
/// with the launch / pause / resume actions.
enum ProgramPane: Pane {
    enum Action: Sendable { case edit, launch, pauseOrResume }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        var bindings = [KeyBinding<Action>([.enter, .character("e")], .edit, help: "Edit details", needs: .programme)]
        switch state.data.program.status {
        case .draft: bindings.append(KeyBinding([.character("l")], .launch, help: "Launch", needs: .programme))
        case .active: bindings.append(KeyBinding([.character("p")], .pauseOrResume, help: "Pause", needs: .programme))
        case .paused: bindings.append(KeyBinding([.character("p")], .pauseOrResume, help: "Resume", needs: .programme))
        }
        return KeyMap(bindings)
    }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        let program = state.data.program
        switch action {
        case .edit:
            state.modal = .form(detailsForm(program))
        case .launch:
            ReviewPane.askToLaunch(&state)
        case .pauseOrResume where program.status == .active:
            state.modal = .confirm(Confirmation(title: "Pause programme", message: "While paused, no points are earned and nothing is redeemed. Pause \(program.name)?",
                                                confirmLabel: "Pause", purpose: .program(.pause)))
        case .pauseOrResume:
            state.modal = .confirm(Confirmation(title: "Resume programme", message: "Members earn and redeem again. Resume \(program.name)?",
                                                confirmLabel: "Resume", purpose: .program(.resume)))
        }
    }

    static let customIcon = "other…"

    static func detailsForm(_ program: Program) -> FormState {
        let iconIsChoice = Program.iconChoices.contains(program.pointsIcon)
        return FormState(title: "Programme details", purpose: .program(.details), fields: [
            FormField(key: "name", label: "Name", value: program.name, hint: "what customers see, e.g. Café Aurora Rewards"),
            FormField(key: "pointsName", label: "Points name", value: program.pointsName, hint: "e.g. Points or Stars"),
            FormField(key: "icon", label: "Icon", kind: .choice(Program.iconChoices + [customIcon]),
                      value: iconIsChoice ? program.pointsIcon : customIcon, hint: "←/→ to choose, or type another in Other icon"),
            FormField(key: "customIcon", label: "Other icon", value: iconIsChoice ? "" : program.pointsIcon, hint: "any 1–4 characters"),
            FormField(key: "currency", label: "Currency", value: program.currency.code, hint: "ISO code such as EUR, USD, GBP"),
            FormField(key: "expiry", label: "Expire after months", kind: .number(allowsEmpty: true),
                      value: program.expiryMonths.map(String.init) ?? "", hint: "empty: never; points held: see Expiry applies to"),
        ] + ProgramExpiryChoice.fields() + [
            FormField(key: "window", label: "Tier window months", kind: .number(allowsEmpty: false), value: String(program.tierWindowMonths),
                      hint: "tiers count points earned in this many months"),
            FormField(key: "language", label: "Customers' language", kind: .choice(CustomerLanguage.allCases.map(languageName)),
                      value: languageName(program.customerLanguage), hint: "e-mails and pages customers read; ←/→ to choose"),
        ])
    }

    /// A customer language as the form offers it: its own name and code, "עברית (he)".
    static func languageName(_ language: CustomerLanguage) -> String {
        let name: String
        switch language {
        case .english: name = "English"
        case .dutch: name = "Nederlands"
        case .french: name = "Français"
        case .hebrew: name = "עברית"
        }
        return "\(name) (\(language.rawValue))"
    }

    /// Saves the details. A text typed in "Other icon" is the icon whatever the choice above shows.
    static func submit(_ purpose: ProgramFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        switch purpose {
        case .details: try saveDetails(form, state: &state, store: store)
        }
    }

    private static func saveDetails(_ form: FormState, state: inout AppState, store: Store) throws {
        let icon = form["icon"] == customIcon || (form.changed("customIcon") && !form["customIcon"].isEmpty) ? form["customIcon"] : form["icon"]
        let months = form["expiry"].isEmpty ? nil : Int(form["expiry"])
        let scope = try ProgramExpiryChoice.scope(form, months: months, calendar: store.calendar)
        if try ProgramExpiryChoice.needsPreview(form, months: months, scope: scope, pointsName: form["pointsName"], state: &state, store: store) { return }
        let language = CustomerLanguage.allCases.first { languageName($0) == form["language"] }
        // Points the owner has not named keep following the customer language until they are typed in.
        let pointsName = form.changed("pointsName") || state.data.program.pointsNamed ? form["pointsName"] : nil
        try store.updateProgram(ProgramUpdate(name: form["name"], pointsName: pointsName, pointsIcon: icon, currency: form["currency"],
                                              expiryMonths: .some(months), tierWindowMonths: Int(form["window"]), expiryScope: scope,
                                              customerLanguage: language))
        state.message = .success("Programme details saved")
    }

    static func confirm(_ purpose: ProgramConfirmPurpose, state: inout AppState, store: Store) throws {
        switch purpose {
        case .launch: try ReviewPane.launch(state: &state, store: store)
        case .pause:
            try store.pause()
            state.message = .success("Programme paused: nothing is earned or redeemed until you resume it")
        case .resume:
            try store.resume()
            state.message = .success("Programme resumed: Active")
        }
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let program = state.data.program, theme = state.theme
        var rows: [(String, String)] = [
            ("Name", program.name.isEmpty ? "— not set —" : program.name),
            ("Points name", program.pointsName),
            ("Icon", program.pointsIcon),
            ("Preview", "\(program.pointsIcon) 1250 \(program.pointsName)"),
            ("Currency", program.currency.code),
            ("Status", program.status.label),
            ("Points expiry", ExpiryWording.summary(months: program.expiryMonths)),
            ("Tier window", "\(program.tierWindowMonths) months"),
            ("Customers read", languageName(program.customerLanguage)),
        ]
        rows += ShopRows.rows(state.data.shop)
        for (index, row) in rows.enumerated() where index < area.height {
            let line = Rect(x: area.x, y: area.y + index, width: area.width, height: 1)
            grid.write(" " + row.0, in: line, style: theme[.muted])
            let value = Rect(x: area.x + 16, y: line.y, width: max(0, area.width - 16), height: 1)
            grid.write(row.1, in: value, style: theme[row.0 == "Name" && program.name.isEmpty || row.0 == ShopRows.errorLabel ? .warning : .normal])
        }
        let hint = program.status == .draft ? "e edits the details · l launches (see Review & launch)" : "e edits the details"
        if rows.count + 1 < area.height { grid.write(" " + hint, in: Rect(x: area.x, y: area.y + rows.count + 1, width: area.width, height: 1), style: theme[.muted]) }
        return nil
    }
}
