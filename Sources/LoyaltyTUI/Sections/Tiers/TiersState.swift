/// The Tiers section's own state: the selected row of its tiers.
public struct TiersState: Sendable, Equatable {
    public internal(set) var list = ListState()

    public init() {}
}
