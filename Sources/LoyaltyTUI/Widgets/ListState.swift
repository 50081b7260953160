/// Which row of a list or table is selected and which row is at the top of the view.
///
/// Kept apart from the widget so the app state owns it. As in ratatui, the selection is clamped
/// when it is drawn or used: after rows were deleted or the terminal shrank, the last row is the
/// selected one and the view scrolls to show it, so the keys need only a page height.
public struct ListState: Equatable, Sendable {
    /// The selected row (0 when the list is empty).
    public private(set) var selected: Int
    /// The first row shown.
    public private(set) var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = max(0, selected)
        self.offset = max(0, offset)
    }

    /// Selects row `index` (clamped to the list) and scrolls as little as needed to show it.
    public mutating func select(_ index: Int, count: Int, visibleRows: Int) {
        selected = min(max(0, index), max(0, count - 1))
        offset = visibleOffset(count: count, visibleRows: visibleRows)
    }

    /// Moves the selection, as drawn, by `delta` rows (negative is up): 1 for ↓, `visibleRows` for PgDn.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        select(selection(in: count) + delta, count: count, visibleRows: visibleRows)
    }

    /// The selected row of a list of `count` rows, as drawn: never past its end (0 when it is empty).
    public func selection(in count: Int) -> Int { min(selected, max(0, count - 1)) }

    /// The top row to show so the selection is visible and no space is wasted below the last row.
    /// Renderers use this, so a stale offset (say, after a resize) still shows the selection.
    public func visibleOffset(count: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0 else { return 0 }
        let selected = selection(in: count)
        var top = min(offset, max(0, count - visibleRows))
        if selected < top { top = selected }
        if selected >= top + visibleRows { top = selected - visibleRows + 1 }
        return max(0, top)
    }
}
