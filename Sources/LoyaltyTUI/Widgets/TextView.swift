import Terminal

/// Lines of text that scroll vertically, each wrapped to the width of the area and drawn in
/// its own role (for previews of e-mails and customer pages). The scroll offset lives in the
/// app state; `maxOffset` keeps it from scrolling past the last line.
public struct TextView: Sendable {
    public var lines: [(text: String, role: ThemeRole)]
    public var offset: Int

    public init(lines: [(text: String, role: ThemeRole)], offset: Int = 0) {
        self.lines = lines
        self.offset = offset
    }

    /// The lines after wrapping to `width` columns; a line's leading spaces indent all its parts.
    public func rows(width: Int) -> [(text: String, role: ThemeRole)] {
        lines.flatMap { line in
            let indent = String(line.text.prefix { $0 == " " })
            let text = line.text.dropFirst(indent.count)
            guard !text.isEmpty else { return [("", line.role)] }
            return String(text).wrapped(toWidth: max(1, width - indent.count)).map { (indent + $0, line.role) }
        }
    }

    /// The largest offset that still fills `area`.
    public func maxOffset(in area: Rect) -> Int { max(0, rows(width: area.width).count - area.height) }

    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        let shown = rows(width: area.width).dropFirst(min(max(0, offset), maxOffset(in: area))).prefix(area.height)
        for (row, line) in shown.enumerated() {
            grid.write(line.text, in: area, row: row, style: theme[line.role])
        }
    }
}
