import Terminal

/// Text wrapped at spaces to its area's width, one line per row; lines that do not fit are left
/// out. For explanations and empty-list hints under a table.
public struct Paragraph: Sendable {
    public var text: String
    public var role: ThemeRole

    public init(_ text: String, role: ThemeRole = .muted) {
        self.text = text
        self.role = role
    }

    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        for (row, line) in text.wrapped(toWidth: area.width).prefix(area.height).enumerated() {
            grid.write(line, in: area, row: row, style: theme[role])
        }
    }
}
