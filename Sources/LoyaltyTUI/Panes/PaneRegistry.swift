extension Section {
    /// The pane that shows this section.
    var pane: any Pane.Type {
        switch self {
        case .overview: return OverviewPane.self
        case .program: return ProgramPane.self
        case .waysToEarn: return WaysToEarnPane.self
        case .rewards: return RewardsPane.self
        case .tiers: return TiersPane.self
        case .review: return ReviewPane.self
        case .emails: return EmailsPane.self
        case .members: return MembersPane.self
        case .pages: return PagesPane.self
        case .audit: return AuditPane.self
        }
    }
}
