import Terminal

/// Labelled horizontal bars, one row each, scaled to the largest value, e.g. members per tier:
///
///     Bronze ████████████ 120
///     Silver ██████▌       65
///     Gold   █▏            12
public struct HorizontalBar: Sendable {
    public var rows: [(label: String, value: Int)]

    public init(rows: [(label: String, value: Int)]) {
        self.rows = rows
    }

    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        let labelWidth = min(rows.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = rows.map { String($0.value).count }.max() ?? 0
        let barWidth = area.width - labelWidth - valueWidth - 2
        let maximum = rows.map(\.value).max() ?? 0
        for (index, row) in rows.prefix(area.height).enumerated() {
            let y = area.y + index
            grid.write(row.label.padded(toWidth: labelWidth), x: area.x, y: y, style: theme[.normal])
            var x = area.x + labelWidth + 1
            if barWidth > 0 {
                let eighths = BlockLevels.eighths(row.value, maximum: maximum, cells: barWidth)
                let bar = String((0..<barWidth).map {
                    BlockLevels.cell(eighths - $0 * 8, from: BlockLevels.horizontal)
                })
                grid.write(bar, x: x, y: y, style: theme[.chartBar])
                x += barWidth + 1
            }
            grid.write(String(row.value).padded(toWidth: valueWidth, alignment: .right), x: x, y: y,
                       style: theme[.normal], maxWidth: area.x + area.width - x)
        }
    }
}
