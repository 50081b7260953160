import LoyaltyStore

extension AppState {
    /// Re-reads the programme's data after a pane key changed the store directly (a Space toggle).
    /// Forms and confirmations need not call it: the Dashboard reloads after those itself.
    mutating func reloadData(from store: Store) throws {
        data = try DashboardData.load(from: store)
    }
}
