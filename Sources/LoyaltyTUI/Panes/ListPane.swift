import LoyaltyStore

/// A pane with one selection over its rows, kept in `state.lists[section]`: the shared list keys
/// and the mouse wheel move it, and it stays inside the list when rows are added or deleted.
protocol ListPane: Pane {
    /// The section whose list selection the pane uses.
    static var section: Section { get }
    /// How many rows the selection runs over.
    static func rowCount(_ state: AppState) -> Int
    /// How many rows show at once where the selection is: a page for PgUp/PgDn.
    static func visibleRows(_ state: AppState) -> Int
}

extension ListPane {
    /// Moves the selection as a list key asks.
    static func move(_ move: ListMove, state: inout AppState) {
        let count = rowCount(state), visible = visibleRows(state)
        state.updateList(section) { ListNavigation.apply(move, to: &$0, count: count, visibleRows: visible) }
    }

    /// Selects row `index` (a click).
    static func select(_ index: Int, state: inout AppState) {
        let count = rowCount(state), visible = visibleRows(state)
        state.updateList(section) { $0.select(index, count: count, visibleRows: visible) }
    }

    /// Moves the selection by `rows` (negative is up), as the mouse wheel does.
    static func moveSelection(by rows: Int, state: inout AppState) {
        let count = rowCount(state), visible = visibleRows(state)
        state.updateList(section) { $0.move(by: rows, count: count, visibleRows: visible) }
    }

    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        moveSelection(by: rows, state: &state)
    }

    /// Keeps the selection inside the list after rows were added or deleted.
    static func reload(state: inout AppState, store: Store) throws {
        select(state.list(section).selected, state: &state)
    }
}
