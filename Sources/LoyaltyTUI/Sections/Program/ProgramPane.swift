import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

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
        let program = state.data.program, words = state.words
        switch action {
        case .edit:
            state.modal = .form(detailsForm(program, words))
        case .launch:
            ReviewPane.askToLaunch(&state)
        case .pauseOrResume where program.status == .active:
            state.modal = .confirm(Confirmation(title: words.text("Pause programme"),
                                                message: words.text("While paused, no points are earned and nothing is redeemed. Pause {name}?", ["name": .text(program.name)]),
                                                confirmLabel: words.text("Pause"), purpose: .program(.pause)))
        case .pauseOrResume:
            state.modal = .confirm(Confirmation(title: words.text("Resume programme"),
                                                message: words.text("Members earn and redeem again. Resume {name}?", ["name": .text(program.name)]),
                                                confirmLabel: words.text("Resume"), purpose: .program(.resume)))
        }
    }

    static let customIcon = "other…"

    static func detailsForm(_ program: Program, _ words: Localizer) -> FormState {
        let iconIsChoice = Program.iconChoices.contains(program.pointsIcon)
        var icon = FormField(key: "icon", label: words.text("Icon"), kind: .choice(Program.iconChoices + [customIcon]),
                             value: iconIsChoice ? program.pointsIcon : customIcon, hint: words.text("←/→ to choose, or type another in Other icon"))
        icon.optionLabels = Program.iconChoices.map { _ in "" } + [words.text("other…")]
        return FormState(title: words.text("Programme details"), purpose: .program(.details), fields: [
            FormField(key: "name", label: words.text("Name"), value: program.name, hint: words.text("what customers see, e.g. Café Aurora Rewards")),
            FormField(key: "pointsName", label: words.text("Points name"), value: program.pointsName, hint: words.text("e.g. Points or Stars")),
            icon,
            FormField(key: "customIcon", label: words.text("Other icon"), value: iconIsChoice ? "" : program.pointsIcon, hint: words.text("any 1–4 characters")),
            FormField(key: "currency", label: words.text("Currency"), value: program.currency.code, hint: words.text("ISO code such as EUR, USD, GBP")),
            FormField(key: "expiry", label: words.text("Expire after months"), kind: .number(allowsEmpty: true),
                      value: program.expiryMonths.map(String.init) ?? "", hint: words.text("empty: never; points held: see Expiry applies to")),
        ] + ProgramExpiryChoice.fields(words) + [
            FormField(key: "window", label: words.text("Tier window months"), kind: .number(allowsEmpty: false), value: String(program.tierWindowMonths),
                      hint: words.text("tiers count points earned in this many months")),
            FormField(key: "language", label: words.text("Customers' language"), kind: .choice(CustomerLanguage.allCases.map(languageName)),
                      value: languageName(program.customerLanguage), hint: words.text("e-mails and pages customers read; ←/→ to choose")),
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
        let scope = try ProgramExpiryChoice.scope(form, months: months, calendar: store.calendar, words: state.words)
        if try ProgramExpiryChoice.needsPreview(form, months: months, scope: scope, pointsName: form["pointsName"], state: &state, store: store) { return }
        let language = CustomerLanguage.allCases.first { languageName($0) == form["language"] }
        // Points the owner has not named keep following the customer language until they are typed in.
        let pointsName = form.changed("pointsName") || state.data.program.pointsNamed ? form["pointsName"] : nil
        try store.updateProgram(ProgramUpdate(name: form["name"], pointsName: pointsName, pointsIcon: icon, currency: form["currency"],
                                              expiryMonths: .some(months), tierWindowMonths: Int(form["window"]), expiryScope: scope,
                                              customerLanguage: language))
        state.message = .success(state.words.text("Programme details saved"))
    }

    static func confirm(_ purpose: ProgramConfirmPurpose, state: inout AppState, store: Store) throws {
        switch purpose {
        case .launch: try ReviewPane.launch(state: &state, store: store)
        case .pause:
            try store.pause()
            state.message = .success(state.words.text("Programme paused: nothing is earned or redeemed until you resume it"))
        case .resume:
            try store.resume()
            state.message = .success(state.words.text("Programme resumed: Active"))
        }
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let program = state.data.program, theme = state.theme, words = state.words
        var rows: [(String, String, Bool)] = [
            (words.text("Name"), program.name.isEmpty ? words.text("— not set —") : program.name, program.name.isEmpty),
            (words.text("Points name"), program.pointsName, false),
            (words.text("Icon"), program.pointsIcon, false),
            (words.text("Preview"), "\(program.pointsIcon) \(CoreWording.number(1250, words)) \(program.pointsName)", false),
            (words.text("Currency"), program.currency.code, false),
            (words.text("Status"), CoreWording.status(program.status, words), false),
            (words.text("Points expiry"), CoreWording.expiry(months: program.expiryMonths, words), false),
            (words.text("Tier window"), words.plural("{count} month", "{count} months", count: Int64(program.tierWindowMonths)), false),
            (words.text("Customers read"), languageName(program.customerLanguage), false),
        ]
        rows += ShopRows.rows(state.data.shop, words)
        // Labels get the room the longest needs (at least the 16 cells English has always had).
        let labelWidth = max(16, (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        for (index, row) in rows.enumerated() where index < area.height {
            let line = Rect(x: area.x, y: area.y + index, width: area.width, height: 1)
            grid.write(" " + row.0, in: line, style: theme[.muted])
            let value = Rect(x: area.x + labelWidth, y: line.y, width: max(0, area.width - labelWidth), height: 1)
            grid.write(row.1, in: value, style: theme[row.2 ? .warning : .normal])
        }
        let hint = program.status == .draft ? words.text("e edits the details · l launches (see Review & launch)") : words.text("e edits the details")
        if rows.count + 1 < area.height { grid.write(" " + hint, in: Rect(x: area.x, y: area.y + rows.count + 1, width: area.width, height: 1), style: theme[.muted]) }
        return nil
    }
}
