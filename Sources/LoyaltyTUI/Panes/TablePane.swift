import LoyaltyStore

/// A pane whose list is one `TableView` (rewards, tiers): the selection lives in
/// `state.lists[section]`, and the shared list keys, clicks and the mouse wheel move it.
protocol TablePane: Pane {
    /// The section whose list selection the pane uses.
    static var section: Section { get }
    /// How many rows the table has.
    static func rowCount(_ state: AppState) -> Int
    /// Where the table goes inside the pane's area.
    static func tableArea(in area: Rect, state: AppState) -> Rect
}

extension TablePane {
    /// The selected row, or nil when the table is empty.
    static func selectedRow(_ state: AppState) -> Int? {
        let selected = state.list(section).selected
        return selected < rowCount(state) ? selected : nil
    }

    static func visibleRows(_ state: AppState) -> Int {
        TableView.visibleRows(in: tableArea(in: ListNavigation.paneArea(state), state: state))
    }

    /// Moves the selection as a list key asks.
    static func move(_ move: ListMove, state: inout AppState) {
        let count = rowCount(state), visible = visibleRows(state)
        state.updateList(section) { ListNavigation.apply(move, to: &$0, count: count, visibleRows: visible) }
    }

    static func click(row: Int, state: inout AppState, store: Store) throws {
        let table = tableArea(in: ListNavigation.paneArea(state), state: state)
        let count = rowCount(state), visible = visibleRows(state)
        guard let index = ListNavigation.tableRow(atLine: row - (table.y - ListNavigation.paneArea(state).y), list: state.list(section),
                                                  count: count, visibleRows: visible) else { return }
        state.updateList(section) { $0.select(index, count: count, visibleRows: visible) }
    }

    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        let count = rowCount(state), visible = visibleRows(state)
        state.updateList(section) { $0.move(by: rows, count: count, visibleRows: visible) }
    }

    /// Keeps the selection inside the table after rows were added or deleted.
    static func reload(state: inout AppState, store: Store) throws {
        let count = rowCount(state), visible = visibleRows(state)
        state.updateList(section) { $0.select($0.selected, count: count, visibleRows: visible) }
    }
}
