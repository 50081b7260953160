import Terminal

/// One line of text that fills its row in its role's style (so a header bar has its background
/// all the way across), cut with "…" when too long.
public struct Label: Sendable {
    public var text: String
    public var role: ThemeRole
    public var alignment: TextAlignment

    public init(_ text: String, role: ThemeRole = .normal, alignment: TextAlignment = .left) {
        self.text = text
        self.role = role
        self.alignment = alignment
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(row, style: theme[role])
        grid.write(text, in: row, style: theme[role], alignment: alignment)
    }
}
