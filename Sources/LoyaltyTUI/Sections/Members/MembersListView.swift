import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// Draws the member list: a search line on top (the `/` field, what the list shows when filtered or
/// in another order, or how to search), then a table of the fetched window (or of the search
/// results), with a ✓ before each marked member. Wide screens show every column; narrow ones keep
/// name, e-mail, status and balance.
enum MembersListView {
    /// Table body rows that fit under the search line and the column titles.
    static func bodyRows(in area: Rect) -> Int { bodyRows(height: area.height) }

    /// Table body rows in a pane `height` rows high.
    static func bodyRows(height: Int) -> Int { max(0, height - 2) }

    /// The row of the list shown at pane row `row`, if any (for clicks).
    static func index(atRow row: Int, list: ListState, count: Int, in area: Rect) -> Int? {
        ListNavigation.tableRow(atLine: row - (table(in: area).y - area.y), list: list, count: count, visibleRows: bodyRows(in: area))
    }

    private static func table(in area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let theme = state.theme, words = state.words
        let searchLine = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        var cursor: CursorPosition?
        let members: [Member], list: ListState
        if let search = state.members.search {
            let label = " " + (search.typing ? words.text("Find:") : words.text("Found:")) + " "
            let x = area.x + grid.write(label, x: area.x, y: area.y, style: theme[.title], maxWidth: area.width)
            cursor = search.field.render(in: Rect(x: x, y: area.y, width: min(30, area.x + area.width - x), height: 1), on: &grid, theme: theme,
                                         focused: search.typing)
            members = search.results
            list = search.list
        } else if let shown = MemberListFilter.describe(state.members.window, tiers: state.data.tiers, words) {
            let x = area.x + grid.write(" " + words.text("Showing:") + " ", x: area.x, y: area.y, style: theme[.title], maxWidth: area.width)
            grid.write(shown, in: Rect(x: x, y: area.y, width: area.x + area.width - x, height: 1), style: theme[.normal])
            members = state.members.window.rows
            list = state.members.window.list
        } else {
            let count = state.data.statistics.memberCount
            grid.write(" " + words.plural("/ finds a member by name or e-mail · {count} person", "/ finds a member by name or e-mail · {count} people", count: count),
                       in: searchLine, style: theme[.muted])
            members = state.members.window.rows
            list = state.members.window.list
        }
        let wide = area.width >= 76, marks = state.members.marks
        let markColumn = marks.isEmpty ? [] : [TableColumn("")]
        TableView.showing(members, columns: markColumn + columns(wide: wide, words), state: list, in: table(in: area)) { member in
            (marks.isEmpty ? [] : [marks[member.id] == nil ? " " : "✓"]) + row(member, wide: wide, words)
        }.render(in: table(in: area), on: &grid, theme: theme)
        if members.isEmpty {
            let filtered = MemberListFilter.isFiltered(state.members.window) ? words.text("No one shown: Esc shows everyone") : words.text("No members yet: a adds one")
            let empty = state.members.search.map { matchingNone($0.field.value, words) } ?? filtered
            grid.write(" " + empty, in: Rect(x: area.x, y: area.y + 2, width: area.width, height: 1), style: theme[.muted])
        }
        return cursor
    }

    /// "No name or e-mail contains "text"", or "… starts with "te"" for a text too short to match
    /// inside (see `Store.searchMembers`).
    static func matchingNone(_ text: String, _ words: Localizer) -> String {
        let query: [String: SentenceValue] = ["text": .text(text.trimmingWhitespace())]
        return searchesInside(text) ? words.text("No name or e-mail contains \"{text}\"", query)
            : words.text("No name or e-mail starts with \"{text}\"", query)
    }

    /// Whether a search for `text` finds it inside names and e-mails (long enough) or at their start.
    static func searchesInside(_ text: String) -> Bool { text.trimmingWhitespace().count >= Store.substringSearchLength }

    private static func columns(wide: Bool, _ words: Localizer) -> [TableColumn] {
        let person = [TableColumn(words.text("Name"), width: .fit(min: 10, max: 30)), TableColumn(words.text("E-mail"), width: .flexible(min: 10)),
                      TableColumn(words.text("Status"))]
        let balance = TableColumn(words.text("Balance"), alignment: .right)
        return wide ? person + [TableColumn(words.text("Tier"), width: .fit(max: 12)), balance, TableColumn(words.text("Last active"))]
            : person + [balance]
    }

    private static func row(_ member: Member, wide: Bool, _ words: Localizer) -> [String] {
        let last = member.lastActivity.map { DisplayFormat.day($0, words) } ?? "—"
        let status = CoreWording.status(member.status, words), balance = CoreWording.number(member.balance, words)
        return wide ? [member.name, member.email, status, member.tierName, balance, last] : [member.name, member.email, status, balance]
    }
}
