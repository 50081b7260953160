import LoyaltyCore
import LoyaltyStore
import Terminal

/// Draws the member list: a search line on top (the `/` field, or how to search), then a table
/// of the fetched window (or of the search results). Wide screens show every column; narrow
/// ones keep name, e-mail, status and balance.
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
        let theme = state.theme
        let searchLine = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        var cursor: CursorPosition?
        let members: [Member], list: ListState
        if let search = state.members.search {
            let label = search.typing ? " Find: " : " Found: "
            let x = area.x + grid.write(label, x: area.x, y: area.y, style: theme[.title], maxWidth: area.width)
            cursor = search.field.render(in: Rect(x: x, y: area.y, width: min(30, area.x + area.width - x), height: 1), on: &grid, theme: theme,
                                         focused: search.typing)
            members = search.results
            list = search.list
        } else {
            let count = state.data.statistics.memberCount
            grid.write(" / finds a member by name or e-mail · \(OverviewPane.grouped(count)) \(count == 1 ? "person" : "people")", in: searchLine, style: theme[.muted])
            members = state.members.window.rows
            list = state.members.window.list
        }
        let wide = area.width >= 76
        TableView.showing(members, columns: columns(wide: wide), state: list, in: table(in: area)) { row($0, wide: wide) }
            .render(in: table(in: area), on: &grid, theme: theme)
        if members.isEmpty {
            let empty = state.members.search.map { "No name or e-mail \(matching($0.field.value))" } ?? "No members yet: a adds one"
            grid.write(" " + empty, in: Rect(x: area.x, y: area.y + 2, width: area.width, height: 1), style: theme[.muted])
        }
        return cursor
    }

    /// "contains "text"", or "starts with "te"" for a text too short to match inside (see `Store.searchMembers`).
    static func matching(_ text: String) -> String {
        let query = text.trimmingWhitespace()
        return "\(searchesInside(text) ? "contains" : "starts with") \"\(query)\""
    }

    /// Whether a search for `text` finds it inside names and e-mails (long enough) or at their start.
    static func searchesInside(_ text: String) -> Bool { text.trimmingWhitespace().count >= Store.substringSearchLength }

    private static func columns(wide: Bool) -> [TableColumn] {
        let person = [TableColumn("Name", width: .fit(min: 10, max: 30)), TableColumn("E-mail", width: .flexible(min: 10)), TableColumn("Status")]
        return wide ? person + [TableColumn("Tier", width: .fit(max: 12)), TableColumn("Balance", alignment: .right), TableColumn("Last active")]
            : person + [TableColumn("Balance", alignment: .right)]
    }

    private static func row(_ member: Member, wide: Bool) -> [String] {
        let last = member.lastActivity.map(DisplayFormat.day) ?? "—"
        return wide ? [member.name, member.email, member.status.label, member.tierName, String(member.balance), last]
            : [member.name, member.email, member.status.label, String(member.balance)]
    }
}
