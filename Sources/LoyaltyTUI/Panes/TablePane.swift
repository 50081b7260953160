import LoyaltyStore

/// A list pane whose rows are one `TableView` (rewards, tiers): clicks on a row select it.
protocol TablePane: ListPane {
    /// Where the table goes inside the pane's area.
    static func tableArea(in area: Rect, state: AppState) -> Rect
}

extension TablePane {
    /// The selected row, or nil when the table is empty.
    static func selectedRow(_ state: AppState) -> Int? {
        let count = rowCount(state)
        return count > 0 ? state[keyPath: list].selection(in: count) : nil
    }

    /// Selects the table row under a click on row `row` of the pane's area, if there is one.
    static func selectRow(underPaneRow row: Int, state: inout AppState) {
        let area = ListNavigation.paneArea(state), table = tableArea(in: area, state: state)
        guard let index = ListNavigation.tableRow(atLine: area.y + row - table.y, list: state[keyPath: list],
                                                  count: rowCount(state), visibleRows: TableView.visibleRows(in: table)) else { return }
        select(index, state: &state)
    }

    static func click(row: Int, state: inout AppState, store: Store) throws {
        selectRow(underPaneRow: row, state: &state)
    }
}
