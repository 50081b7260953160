import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// Points data (every flow, so that given − redeemed + returned − expired − removed − reversed =
/// unredeemed, as `loyalty stats` counts them), liability, members by status and tier, and 30-day
/// charts of points issued and redeemed. All from running totals, never summing the ledger.
enum OverviewPane: Pane {
    static func keyMap(_ state: AppState) -> KeyMap<Never> { KeyMap([]) }
    static func perform(_ action: Never, state: inout AppState, store: Store) throws {}

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let theme = state.theme, data = state.data, stats = data.statistics, icon = data.program.pointsIcon, words = state.words
        let figures: [(String, Points)] = [(words.text("Given"), stats.issued), ("− " + words.text("Redeemed"), stats.redeemed),
                                           ("+ " + words.text("Returned"), stats.returned), ("− " + words.text("Expired"), stats.expired),
                                           ("− " + words.text("Removed"), stats.removed), ("− " + words.text("Reversed"), stats.reversed),
                                           ("= " + words.text("Unredeemed"), stats.unredeemed)]
        // Each figure takes at least 14 cells, more when its label is longer.
        let figureWidth = max(14, (figures.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        let figureRows = (figures.count + max(1, area.width / figureWidth) - 1) / max(1, area.width / figureWidth)
        let perRow = (figures.count + figureRows - 1) / figureRows
        let columnWidth = max(1, area.width / perRow)
        for (index, figure) in figures.enumerated() {
            let cell = Rect(x: area.x + index % perRow * columnWidth, y: area.y + index / perRow * 2, width: columnWidth, height: 2)
            grid.write(" \(figure.0)", in: cell, style: theme[.muted])
            grid.write(" \(CoreWording.number(figure.1, words)) \(icon)", in: cell, row: 1, style: theme[.title])
        }
        var y = area.y + 2 * figureRows
        let statusLine = MemberStatus.allCases.map { CoreWording.counted($0, stats.membersByStatus[$0] ?? 0, words) }.joined(separator: " · ")
        grid.write(" " + words.plural("{count} person: {statuses}", "{count} people: {statuses}", count: stats.memberCount, ["statuses": .text(statusLine)]),
                   in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.normal])
        if let liability = stats.liability.map({ CoreWording.money($0, words) }) ?? (stats.liabilityTooLarge ? words.text("too large to count") : nil) {
            grid.write(" " + words.text("Liability {amount} (unredeemed × value per point)", ["amount": .text(liability)]),
                       in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), style: theme[.muted])
        }
        y += 3
        let rest = Rect(x: area.x, y: y, width: area.width, height: area.y + area.height - y)
        guard rest.height >= 4 else { return nil }
        let wide = rest.width >= 70
        let tiersWidth = wide ? min(34, rest.width / 3) : 0
        let charts = Rect(x: rest.x, y: rest.y, width: rest.width - tiersWidth, height: rest.height)
        let halves = charts.splitVertically([.percentage(50), .min(0)])
        chart(words.text("Issued per day, last 30 days"), data.daily.map { Int(clamping: $0.issued) }, in: halves[0], on: &grid, theme: theme, words)
        chart(words.text("Redeemed per day"), data.daily.map { Int(clamping: $0.redeemed) }, in: halves[1], on: &grid, theme: theme, words)
        if wide {
            let tiers = Rect(x: charts.x + charts.width + 1, y: rest.y, width: tiersWidth - 1, height: rest.height)
            grid.write(words.text("Members per tier"), in: tiers, style: theme[.muted])
            HorizontalBar(rows: stats.membersByTier.map { ($0.tier.name, Int(clamping: $0.count)) })
                .render(in: Rect(x: tiers.x, y: tiers.y + 1, width: tiers.width, height: tiers.height - 1), on: &grid, theme: theme)
        }
        return nil
    }

    private static func chart(_ title: String, _ values: [Int], in area: Rect, on grid: inout CellGrid, theme: Theme, _ words: Localizer) {
        guard area.height >= 2 else { return }
        grid.write(" " + title, in: area, style: theme[.muted])
        let most = words.text("max {number}", ["number": .grouped(Int64(values.max() ?? 0))])
        BarChart(values: values, maxLabel: most).render(in: Rect(x: area.x + 1, y: area.y + 1, width: area.width - 1, height: area.height - 1), on: &grid, theme: theme)
    }
}
