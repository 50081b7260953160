import LoyaltyStore
import Terminal

/// The outbox under the automations: how many e-mails are queued, sent and failed, and the newest
/// few with who they are for, their subject, status and the mail command's error. Drawn only once
/// something was queued, so a programme without e-mails keeps the plain list.
enum EmailOutboxView {
    /// How many of the newest messages the dashboard reads.
    static let recent = 20

    /// "Outbox: 2 queued · 5 sent · 1 failed" (and "· 1 sending" when a run is under way or was interrupted).
    static func summary(_ counts: OutboxCounts) -> String {
        var parts = ["\(counts.queued) queued", "\(counts.sent) sent", "\(counts.failed) failed"]
        if counts.sending > 0 { parts.append("\(counts.sending) sending") }
        if counts.held > 0 { parts.append("\(counts.held) held") }
        return " Outbox: " + parts.joined(separator: " · ") + "   (loyalty mail send delivers it)"
    }

    static func render(_ data: DashboardData, in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard !data.recentMail.isEmpty, area.height > 0 else { return }
        grid.write(summary(data.outbox), in: Rect(x: area.x, y: area.y, width: area.width, height: 1), style: theme[.title])
        let rows = data.recentMail.map { [$0.toAddress, $0.subject, $0.status.rawValue, $0.heldBecause?.explanation ?? $0.lastError ?? ""] }
        let columns = [TableColumn("To", width: .fit(min: 10, max: 30)), TableColumn("Subject", width: .flexible(min: 10)),
                       TableColumn("Status"), TableColumn("Error", width: .fit(min: 10, max: 40))]
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        TableView(columns: columns, rows: rows, state: ListState(), highlightsSelection: false).render(in: table, on: &grid, theme: theme)
    }
}
