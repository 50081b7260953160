extension Section {
    /// The pane that shows this section.
    var pane: any Pane.Type {
        switch self {
        case .overview: return OverviewPane.self
        case .program: return ProgramPane.self
        case .review: return ReviewPane.self
        case .waysToEarn, .rewards, .tiers, .emails, .members, .pages: return UnbuiltPane.self
        }
    }
}
