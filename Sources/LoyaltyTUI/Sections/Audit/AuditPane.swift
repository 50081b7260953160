import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// The audit log: who changed what, when, before → after, and why, newest first. Read only for
/// everyone; the selected line is shown in full below the table.
enum AuditPane: TablePane {
    enum Action: Sendable { case move(ListMove) }

    static var list: WritableKeyPath<AppState, ListState> { \.audit.list }
    /// Lines read at a time.
    static let pageSize = 100
    /// Lines kept below the table for the selected line in full.
    static let detailHeight = 5

    static func keyMap(_ state: AppState) -> KeyMap<Action> { KeyMap(ListNavigation.bindings(Action.move)) }

    static func rowCount(_ state: AppState) -> Int { state.audit.entries.count }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        guard case .move(let move) = action else { return }
        self.move(move, state: &state)
        try loadOlderAtTheEnd(state: &state, store: store)
    }

    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        moveSelection(by: rows, state: &state)
        try loadOlderAtTheEnd(state: &state, store: store)
    }

    /// Re-reads the newest page (keeping as many lines as were loaded), so new changes show at the top.
    static func reload(state: inout AppState, store: Store) throws {
        let wanted = max(pageSize, state.audit.entries.count)
        let entries = try store.auditEntries(limit: wanted)
        state.audit.entries = entries
        state.audit.mayHaveOlder = entries.count == wanted
    }

    /// Reads the next older page when the selection is on the last line loaded.
    private static func loadOlderAtTheEnd(state: inout AppState, store: Store) throws {
        guard state.audit.mayHaveOlder, let last = state.audit.entries.last,
              state.audit.list.selected >= state.audit.entries.count - 1 else { return }
        let older = try store.auditEntries(beforeID: last.id, limit: pageSize)
        state.audit.entries += older
        state.audit.mayHaveOlder = older.count == pageSize
    }

    static func columns(_ words: Localizer) -> [TableColumn] {
        [TableColumn(words.text("When"), width: .fit(min: 16)), TableColumn(words.text("Who"), width: .fit(max: 12)), TableColumn(words.text("Action"), width: .fit(max: 20)),
         TableColumn(words.text("Subject"), width: .fit(min: 10, max: 30)), TableColumn(words.text("Before → after"), width: .flexible(min: 16))]
    }

    /// The table's rows, less its header and the lines of the selected line in full.
    static func pageRows(_ state: AppState) -> Int { max(1, state.pageHeight - detailHeight - 2) }

    static func tableArea(in area: Rect, state: AppState) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: max(2, area.height - detailHeight - 1))
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let table = tableArea(in: area, state: state), words = state.words
        guard !state.audit.entries.isEmpty else {
            Paragraph(words.text("No changes recorded yet. Every manual change of points and members and every programme change appears here."))
                .render(in: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height), on: &grid, theme: state.theme)
            return nil
        }
        let rows = state.audit.entries.map { entry in
            [DisplayFormat.dayAndTime(entry.at, words), entry.actor, words.auditAction(entry.action), entry.subject, entry.change]
        }
        TableView(columns: columns(words), rows: rows, state: state.audit.list).render(in: table, on: &grid, theme: state.theme)
        if let row = selectedRow(state) {
            let detail = Rect(x: area.x + 1, y: table.y + table.height + 1, width: area.width - 2, height: area.y + area.height - table.y - table.height - 1)
            Paragraph(details(state.audit.entries[row], words), role: .normal).render(in: detail, on: &grid, theme: state.theme)
        }
        return nil
    }

    /// The selected line in full: who did what to what, the change, and the reason.
    static func details(_ entry: AuditEntry, _ words: Localizer) -> String {
        var text = "#\(entry.id) \(entry.actor) · \(words.auditAction(entry.action)) · \(entry.subject)"
        if !entry.change.isEmpty { text += "\n" + entry.change }
        if !entry.reason.isEmpty { text += "\n" + words.text("Reason: {reason}", ["reason": .text(entry.reason)]) }
        return text
    }
}
