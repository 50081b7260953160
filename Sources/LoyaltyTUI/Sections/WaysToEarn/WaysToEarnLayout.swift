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
        let rulesWanted = 1 + (data.rules.isEmpty ? Self.emptyHintRows : data.rules.count)
        let campaignsWanted = 3 + (data.campaigns.isEmpty ? Self.emptyHintRows : data.campaigns.count)
        let campaignsHeight = min(campaignsWanted, max(5, area.height - rulesWanted), area.height)
        let rulesHeight = min(rulesWanted, area.height - campaignsHeight)
        rules = Rect(x: area.x, y: area.y, width: area.width, height: rulesHeight)
        campaignsTitle = Rect(x: area.x, y: area.y + rulesHeight + 1, width: area.width, height: 1)
        campaigns = Rect(x: area.x, y: campaignsTitle.y + 1, width: area.width, height: campaignsHeight - 2)
    }
}
