/// The keys of the lists the owner sets up (rewards, tiers, ways to earn): Enter/e edits the
/// selected row, space switches it on or off, d deletes it. Each changes the programme, so each
/// needs a role that may change it.
enum SetupListKeys {
    /// The selected row's keys: edit, then `toggle` when the row can be switched on and off, then delete.
    static func rowBindings<Action: Sendable>(edit: Action, toggle: Action? = nil, delete: Action) -> [KeyBinding<Action>] {
        [KeyBinding([.enter, .character("e")], edit, help: "Edit", needs: .programme)]
            + (toggle.map { [KeyBinding([.character(" ")], $0, help: "On/off", needs: .programme)] } ?? [])
            + [KeyBinding([.character("d")], delete, help: "Delete", needs: .programme)]
    }
}

extension TablePane {
    /// The keys of a table the owner sets up: moving through it (`move`) and `adding` at any time,
    /// and the selected row's keys (`SetupListKeys.rowBindings`) while a row is selected.
    static func setupKeyMap(_ state: AppState, move: @escaping @Sendable (ListMove) -> Action, adding: [KeyBinding<Action>],
                            edit: Action, toggle: Action? = nil, delete: Action) -> KeyMap<Action> {
        var bindings = ListNavigation.bindings(move) + adding
        if selectedRow(state) != nil { bindings += SetupListKeys.rowBindings(edit: edit, toggle: toggle, delete: delete) }
        return KeyMap(bindings)
    }
}
