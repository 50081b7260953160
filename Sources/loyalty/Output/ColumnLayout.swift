import Terminal

/// Rows of cells in aligned columns, two spaces apart, as tables and `show` fields print them.
enum ColumnLayout {
    /// `rows` as lines, each column as wide as its widest cell; cells of `rightAligned` columns
    /// line up on the right. The last column is not padded, so lines carry no trailing spaces.
    ///
    /// With `visual` (output to a terminal), each cell is put in visual order by itself before the
    /// columns are measured, so a Hebrew name never trades places with the next column; right to
    /// left, the columns are mirrored as in the dashboard: the first on the right, text aligned
    /// right and numbers left.
    static func lines(_ rows: [[String]], rightAligned: Set<Int> = [], visual: WritingMode?) -> [String] {
        let cells = rows.map { row in row.map { cell in visual.map { $0.visual(cell.terminalSafe) } ?? cell } }
        let count = cells.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in cells.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        let mirrored = visual?.isRightToLeft == true
        return cells.map { cells in
            // Mirrored, a short row (a heading) is filled out so that its cells stay in their columns.
            let row = mirrored ? cells + Array(repeating: "", count: count - cells.count) : cells
            var placed = row.indices.map { column in
                (text: row[column], width: widths[column], right: rightAligned.contains(column) != mirrored)
            }
            if mirrored { placed.reverse() }
            return placed.enumerated().map { index, cell in
                if cell.right { return cell.text.padded(toWidth: cell.width, alignment: .right) }
                return index == placed.count - 1 ? cell.text : cell.text.padded(toWidth: cell.width)
            }.joined(separator: "  ")
        }
    }
}
