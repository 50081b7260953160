import Terminal

/// One column of a `TableView`.
public struct TableColumn: Sendable {
    public var title: String
    /// How wide the column wants to be (see `ColumnWidths`); one cell between columns is kept free.
    public var width: ColumnWidth
    public var alignment: TextAlignment

    public init(_ title: String, width: ColumnWidth = .fit(), alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A table with a header row and a selectable, scrolling body. Columns share the width by what
/// the title and the rows given need (see `ColumnWidths`); every cell is cut (with "…") or padded
/// to its column's display width, so columns stay aligned whatever the text (wide CJK, accents).
public struct TableView: Sendable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var state: ListState
    /// False when the selection is in another list on the same screen: the table then keeps its
    /// place but draws no row as selected.
    public var highlightsSelection: Bool

    public init(columns: [TableColumn], rows: [[String]], state: ListState, highlightsSelection: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.highlightsSelection = highlightsSelection
    }

    /// A table of the rows of `items` that `state` shows in `area`, made by `row`: a long list
    /// (hundreds of fetched members, thousands of activity entries) costs only its visible rows,
    /// and its columns fit the rows shown.
    public static func showing<Item>(_ items: [Item], columns: [TableColumn], state: ListState, in area: Rect,
                                     row: (Item) -> [String]) -> TableView {
        let visible = visibleRows(in: area)
        let top = state.visibleOffset(count: items.count, visibleRows: visible)
        let shown = items[min(top, items.count)..<min(items.count, top + visible)]
        return TableView(columns: columns, rows: shown.map(row), state: ListState(selected: state.selection(in: items.count) - top))
    }

    /// How many body rows fit in `area` (for paging with `ListState.move(by:)`).
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 1) }

    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard !area.isEmpty else { return }
        let spans = columnSpans(width: area.width)
        drawRow(columns.map(\.title), y: area.y, spans: spans, style: theme[.columnHeader],
                width: area.width, x: area.x, grid: &grid)
        let visible = Self.visibleRows(in: area)
        let top = state.visibleOffset(count: rows.count, visibleRows: visible), selected = state.selection(in: rows.count)
        for line in 0..<visible {
            let index = top + line
            let style = highlightsSelection && index == selected && index < rows.count ? theme[.selection] : theme[.normal]
            drawRow(index < rows.count ? rows[index] : [], y: area.y + 1 + line, spans: spans,
                    style: style, width: area.width, x: area.x, grid: &grid)
        }
    }

    /// Each column's left edge (relative to the table) and width.
    private func columnSpans(width: Int) -> [(x: Int, width: Int)] {
        var left = 0
        return ColumnWidths.allocate(columns.map(\.width), titles: columns.map(\.title), rows: rows, total: width).map { size in
            defer { left += size + 1 }
            return (left, size)
        }
    }

    private func drawRow(_ cells: [String], y: Int, spans: [(x: Int, width: Int)], style: CellStyle,
                         width: Int, x: Int, grid: inout CellGrid) {
        grid.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        for (index, span) in spans.enumerated() where span.width > 0 && index < cells.count {
            grid.write(cells[index], in: Rect(x: x + span.x, y: y, width: span.width, height: 1), style: style,
                       alignment: columns[index].alignment)
        }
    }
}
