import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// The outbox under the automations: how many e-mails are queued, sent and failed, and the newest
/// few with who they are for, their subject, status and the mail command's error. Drawn only once
/// something was queued, so a programme without e-mails keeps the plain list.
enum EmailOutboxView {
    /// How many of the newest messages the dashboard reads.
    static let recent = 20

    /// "Outbox: 2 queued · 5 sent · 1 failed" (and "· 1 sending" when a run is under way or was interrupted).
    static func summary(_ counts: OutboxCounts, _ words: Localizer) -> String {
        var parts = [words.text("{count} queued", ["count": .grouped(Int64(counts.queued))]), words.text("{count} sent", ["count": .grouped(Int64(counts.sent))]),
                     words.text("{count} failed", ["count": .grouped(Int64(counts.failed))])]
        if counts.sending > 0 { parts.append(words.text("{count} sending", ["count": .grouped(Int64(counts.sending))])) }
        if counts.held > 0 { parts.append(words.text("{count} held", ["count": .grouped(Int64(counts.held))])) }
        return " " + words.text("Outbox: {counts}   (loyalty mail send delivers it)", ["counts": .text(parts.joined(separator: " · "))])
    }

    static func render(_ data: DashboardData, in area: Rect, on grid: inout CellGrid, theme: Theme, words: Localizer) {
        guard !data.recentMail.isEmpty, area.height > 0 else { return }
        grid.write(summary(data.outbox, words), in: Rect(x: area.x, y: area.y, width: area.width, height: 1), style: theme[.title])
        let rows = data.recentMail.map { [$0.toAddress, $0.subject, OutboxWording.status($0.status, words), $0.heldBecause.map { OutboxWording.held($0, words) } ?? $0.lastError ?? ""] }
        let columns = [TableColumn(words.text("To"), width: .fit(min: 10, max: 30)), TableColumn(words.text("Subject"), width: .flexible(min: 10)),
                       TableColumn(words.text("Status")), TableColumn(words.text("Error"), width: .fit(min: 10, max: 40))]
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        TableView(columns: columns, rows: rows, state: ListState(), highlightsSelection: false).render(in: table, on: &grid, theme: theme)
    }
}
