/// Where the Ways to earn pane puts its two tables: the rules on top, then a "Campaigns" title
/// and their table. Each gets the rows it needs when they fit; on a short screen the campaigns
/// keep at least a title, a header and two rows (with the blank line above them), and the rules table scrolls.
struct WaysToEarnLayout {
    let rules: Rect
    let campaignsTitle: Rect
    let campaigns: Rect
    /// Rows an empty table keeps under its header for the hint on how to add the first row.
    static let emptyHintRows = 2

    init(area: Rect, data: DashboardData) {
        let (rulesHeight, campaignsHeight) = Self.heights(height: area.height, data: data)
        rules = Rect(x: area.x, y: area.y, width: area.width, height: rulesHeight)
        campaignsTitle = Rect(x: area.x, y: area.y + rulesHeight + 1, width: area.width, height: 1)
        campaigns = Rect(x: area.x, y: campaignsTitle.y + 1, width: area.width, height: campaignsHeight - 2)
    }

    /// Body rows of the rules table and of the campaigns table in a pane `height` rows high.
    static func bodyRows(height: Int, data: DashboardData) -> (rules: Int, campaigns: Int) {
        let (rules, campaigns) = heights(height: height, data: data)
        return (max(0, rules - 1), max(0, campaigns - 3))
    }

    /// The rules table's height (header included) and the campaigns' (with the blank line and title).
    private static func heights(height: Int, data: DashboardData) -> (rules: Int, campaigns: Int) {
        let rulesWanted = 1 + (data.rules.isEmpty ? Self.emptyHintRows : data.rules.count)
        let campaignsWanted = 3 + (data.campaigns.isEmpty ? Self.emptyHintRows : data.campaigns.count)
        let campaignsHeight = min(campaignsWanted, max(5, height - rulesWanted), height)
        return (min(rulesWanted, height - campaignsHeight), campaignsHeight)
    }
}
