import Terminal

/// A border of Unicode box-drawing lines with an optional title in the top edge:
///
///     ┌─ Members ────┐
///     │              │
///     └──────────────┘
public struct Box: Sendable {
    public var title: String?
    public var borderRole: ThemeRole
    /// The style of the blank interior.
    public var fillRole: ThemeRole

    public init(title: String? = nil, borderRole: ThemeRole = .border, fillRole: ThemeRole = .normal) {
        self.title = title
        self.borderRole = borderRole
        self.fillRole = fillRole
    }

    /// Draws the border around the edge of `area`, clears the inside, and returns the inside.
    @discardableResult
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let inner = area.inset(by: 1)
        let border = theme[borderRole]
        grid.fill(inner, style: theme[fillRole])
        func edge(_ y: Int, _ left: Character, _ right: Character) {
            grid.write(left, count: 1, x: area.x, y: y, style: border)
            grid.write("─", count: area.width - 2, x: area.x + 1, y: y, style: border)
            grid.write(right, count: 1, x: area.x + area.width - 1, y: y, style: border)
        }
        edge(area.y, "┌", "┐")
        edge(area.y + area.height - 1, "└", "┘")
        for y in inner.y..<(inner.y + inner.height) {
            grid.write("│", count: 1, x: area.x, y: y, style: border)
            grid.write("│", count: 1, x: area.x + area.width - 1, y: y, style: border)
        }
        if let title, area.width >= 6 {
            let titleArea = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: 1)
            let shown = " " + title.truncated(toWidth: titleArea.width - 2) + " "
            grid.write(shown, in: titleArea, style: theme[.title])
        }
        return inner
    }
}
