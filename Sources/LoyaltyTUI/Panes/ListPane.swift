import LoyaltyStore

/// A pane with one selection over its rows, kept in its section's own state: the shared list keys
/// and the mouse wheel move it; drawing clamps it to the rows there are (see `ListState`).
protocol ListPane: Pane {
    /// Where in the state the section keeps its list selection.
    static var list: WritableKeyPath<AppState, ListState> { get }
    /// How many rows the selection runs over.
    static func rowCount(_ state: AppState) -> Int
    /// How many rows of the list a page holds where the selection is (PgUp/PgDn), from `state.pageHeight`.
    static func pageRows(_ state: AppState) -> Int
}

extension ListPane {
    /// Moves the selection as a list key asks.
    static func move(_ move: ListMove, state: inout AppState) {
        let count = rowCount(state), visible = pageRows(state)
        ListNavigation.apply(move, to: &state[keyPath: list], count: count, visibleRows: visible)
    }

    /// Selects row `index` (a click).
    static func select(_ index: Int, state: inout AppState) {
        let count = rowCount(state), visible = pageRows(state)
        state[keyPath: list].select(index, count: count, visibleRows: visible)
    }

    /// Moves the selection by `rows` (negative is up), as the mouse wheel does.
    static func moveSelection(by rows: Int, state: inout AppState) {
        let count = rowCount(state), visible = pageRows(state)
        state[keyPath: list].move(by: rows, count: count, visibleRows: visible)
    }

    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        moveSelection(by: rows, state: &state)
    }

}
