/// The Ways to earn section's own state: the selected row of its ways to earn and campaigns (one selection runs down both).
public struct WaysToEarnState: Sendable, Equatable {
    public internal(set) var list = ListState()

    public init() {}
}
