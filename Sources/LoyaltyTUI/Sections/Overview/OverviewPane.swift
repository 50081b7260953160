import LoyaltyCore
import LoyaltyStore
import Terminal

/// Points data (every flow, so that given − redeemed + returned − expired − removed − reversed =
/// unredeemed, as `loyalty stats` counts them), liability, members by status and tier, and 30-day
/// charts of points issued and redeemed. All from running totals, never summing the ledger.
enum OverviewPane: Pane {
    static func keyMap(_ state: AppState) -> KeyMap<Never> { KeyMap([]) }
    static func perform(_ action: Never, state: inout AppState, store: Store) throws {}

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let theme = state.theme, data = state.data, stats = data.statistics, icon = data.program.pointsIcon
        let figures: [(String, Points)] = [("Given", stats.issued), ("− Redeemed", stats.redeemed), ("+ Returned", stats.returned),
                                           ("− Expired", stats.expired), ("− Removed", stats.removed), ("− Reversed", stats.reversed),
                                           ("= Unredeemed", stats.unredeemed)]
        let figureRows = (figures.count + max(1, area.width / 14) - 1) / max(1, area.width / 14)
        let perRow = (figures.count + figureRows - 1) / figureRows
        let columnWidth = max(1, area.width / perRow)
        for (index, figure) in figures.enumerated() {
            let cell = Rect(x: area.x + index % perRow * columnWidth, y: area.y + index / perRow * 2, width: columnWidth, height: 2)
            grid.write(" \(figure.0)", in: cell, style: theme[.muted])
            grid.write(" \(grouped(figure.1)) \(icon)", in: cell, row: 1, style: theme[.title])
        }
        var y = area.y + 2 * figureRows
        let statusLine = MemberStatus.allCases.map { $0.counted(stats.membersByStatus[$0] ?? 0, formatted: grouped(stats.membersByStatus[$0] ?? 0)) }.joined(separator: " · ")
        grid.write(" \(grouped(stats.memberCount)) \(stats.memberCount == 1 ? "person" : "people"): \(statusLine)", in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.normal])
        if let liability = stats.liability.map(\.description) ?? (stats.liabilityTooLarge ? "too large to count" : nil) {
            grid.write(" Liability \(liability) (unredeemed × value per point)",
                       in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), style: theme[.muted])
        }
        y += 3
        let rest = Rect(x: area.x, y: y, width: area.width, height: area.y + area.height - y)
        guard rest.height >= 4 else { return nil }
        let wide = rest.width >= 70
        let tiersWidth = wide ? min(34, rest.width / 3) : 0
        let charts = Rect(x: rest.x, y: rest.y, width: rest.width - tiersWidth, height: rest.height)
        let halves = charts.splitVertically([.percentage(50), .min(0)])
        chart("Issued per day, last 30 days", data.daily.map { Int(clamping: $0.issued) }, in: halves[0], on: &grid, theme: theme)
        chart("Redeemed per day", data.daily.map { Int(clamping: $0.redeemed) }, in: halves[1], on: &grid, theme: theme)
        if wide {
            let tiers = Rect(x: charts.x + charts.width + 1, y: rest.y, width: tiersWidth - 1, height: rest.height)
            grid.write("Members per tier", in: tiers, style: theme[.muted])
            HorizontalBar(rows: stats.membersByTier.map { ($0.tier.name, Int(clamping: $0.count)) })
                .render(in: Rect(x: tiers.x, y: tiers.y + 1, width: tiers.width, height: tiers.height - 1), on: &grid, theme: theme)
        }
        return nil
    }

    private static func chart(_ title: String, _ values: [Int], in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard area.height >= 2 else { return }
        grid.write(" " + title, in: area, style: theme[.muted])
        BarChart(values: values).render(in: Rect(x: area.x + 1, y: area.y + 1, width: area.width - 1, height: area.height - 1), on: &grid, theme: theme)
    }

    /// 1234567 → "1,234,567" (also used by other panes).
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
