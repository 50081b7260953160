import Terminal

/// The `?` overlay: a centred box listing every binding of the given key maps, one section per
/// layer (e.g. "Members", "Everywhere"), keys in a column on the left.
public struct HelpOverlay: Sendable {
    public var sections: [(title: String, entries: [HelpEntry])]

    public init(sections: [(title: String, entries: [HelpEntry])]) {
        self.sections = sections
    }

    /// Draws the overlay centred in `area`; lines that do not fit are left out. Keys and their help
    /// are separate runs of text, so right to left each stays in its column.
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        let keysWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        let helpIndent = 2 + keysWidth + 2
        let lines: [(keys: String?, text: String, role: ThemeRole)] = sections.enumerated().flatMap { index, section in
            (index > 0 ? [(nil, "", ThemeRole.dialog)] : []) + [(nil, section.title, ThemeRole.title)]
                + section.entries.map { ($0.keys, $0.shownHelp, $0.onlyFor == nil ? ThemeRole.dialog : .muted) }
        }
        let width = (lines.map { ($0.keys == nil ? 0 : helpIndent) + DisplayWidth.of($0.text) }.max() ?? 0) + 4
        let box = area.centered(width: width, height: lines.count + 2)
        let inner = Box(title: "Keys", fillRole: .dialog).render(in: box, on: &grid, theme: theme)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            guard let keys = line.keys else {
                grid.write(line.text, in: text, row: row, style: theme[line.role])
                continue
            }
            grid.write(keys, in: Rect(x: text.x + 2, y: text.y, width: min(keysWidth, text.width - 2), height: text.height), row: row, style: theme[line.role])
            grid.write(line.text, in: Rect(x: text.x + helpIndent, y: text.y, width: text.width - helpIndent, height: text.height), row: row,
                       style: theme[line.role])
        }
    }
}
