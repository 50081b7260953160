import Terminal

extension CellGrid {
    /// Fills `area` with blanks in `style`.
    public mutating func fill(_ area: Rect, style: CellStyle) {
        fill(x: area.x, y: area.y, width: area.width, height: area.height, style: style)
    }

    /// Writes one line of `text` on row `row` of `area`, cut with "…" to the area's width and
    /// placed by `alignment`. Cells of the row that the text does not cover keep their content.
    public mutating func write(_ text: String, in area: Rect, row: Int = 0, style: CellStyle,
                               alignment: TextAlignment = .left) {
        guard row >= 0, row < area.height else { return }
        write(text, x: area.x, y: area.y + row, width: area.width, style: style, alignment: alignment)
    }
}
