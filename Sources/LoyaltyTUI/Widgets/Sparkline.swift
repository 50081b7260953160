import Terminal

/// A one-row trend: one block character per value, its height relative to the largest shown.
public struct Sparkline: Sendable {
    public var values: [Int]

    public init(values: [Int]) {
        self.values = values
    }

    /// Draws on the first row of `area`; the newest values when they do not all fit.
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let maximum = shown.max() ?? 0
        let line = String(shown.map {
            BlockLevels.cell(BlockLevels.eighths($0, maximum: maximum, cells: 1), from: BlockLevels.vertical)
        })
        grid.write(line, x: area.x, y: area.y, style: theme[.chartBar], maxWidth: area.width)
    }
}
