/// The Rewards section's own state: the selected row of its rewards.
public struct RewardsState: Sendable, Equatable {
    public internal(set) var list = ListState()

    public init() {}
}
