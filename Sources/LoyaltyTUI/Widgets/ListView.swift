import Terminal

/// A scrolling list of one-line rows, each indented by one space; the selected row is drawn in
/// the `selection` style (reverse video in the monochrome theme) across the full width.
public struct ListView: Sendable {
    public var items: [String]
    public var state: ListState
    public var role: ThemeRole
    public var selectedRole: ThemeRole

    public init(items: [String], state: ListState, role: ThemeRole = .normal,
                selectedRole: ThemeRole = .selection) {
        self.items = items
        self.state = state
        self.role = role
        self.selectedRole = selectedRole
    }

    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        let top = state.visibleOffset(count: items.count, visibleRows: area.height), selected = state.selection(in: items.count)
        for row in 0..<area.height {
            let line = Rect(x: area.x, y: area.y + row, width: area.width, height: 1)
            let index = top + row
            let style = index == selected && index < items.count ? theme[selectedRole] : theme[role]
            grid.fill(line, style: style)
            if index < items.count {
                grid.write(" " + items[index], in: line, style: style)
            }
        }
    }
}
