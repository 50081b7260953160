import Terminal

/// Vertical bars, one column per value (oldest left, newest right), drawn in eighth-block steps,
/// with the maximum written above: for e.g. points earned per day over 30 days.
///
///     max 40
///           █
///        ▄  █
///     ▁ ▄█ ▂█
public struct BarChart: Sendable {
    public var values: [Int]
    /// The top line's text for the largest value, e.g. "max 1,200 pts".
    public var maxLabel: String

    public init(values: [Int], maxLabel: String? = nil) {
        self.values = values
        self.maxLabel = maxLabel ?? "max \(values.max() ?? 0)"
    }

    /// Draws the label on the first row and the bars below it. When there are more values than
    /// columns, the newest values are shown.
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard area.height >= 2, area.width > 0 else { return }
        grid.write(maxLabel, in: area, style: theme[.muted])
        let shown = values.suffix(area.width)
        let maximum = shown.max() ?? 0
        let cells = area.height - 1
        for (column, value) in shown.enumerated() {
            let eighths = BlockLevels.eighths(value, maximum: maximum, cells: cells)
            for level in 0..<cells {
                let character = BlockLevels.cell(eighths - level * 8, from: BlockLevels.vertical)
                grid.write(String(character), x: area.x + column, y: area.y + area.height - 1 - level,
                           style: theme[.chartBar])
            }
        }
    }
}
