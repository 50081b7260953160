/// What the rules need to know about one member, read once before a decision.
public struct MemberSnapshot: Equatable, Sendable {
    public let id: Int64
    public let balance: Points
    public let tierID: Int64
    /// Points that count towards tiers, earned within the programme's tier window.
    public let earnedInWindow: Points
    /// Points earned today per way to earn (only the ways with a daily cap need to be present).
    public let earnedTodayByRule: [Int64: Points]
    /// Orders recorded for the member so far.
    public let orders: Int
    /// Who referred the member, if anyone.
    public let referrer: Int64?

    public init(id: Int64, balance: Points, tierID: Int64, earnedInWindow: Points, earnedTodayByRule: [Int64: Points] = [:],
                orders: Int = 0, referrer: Int64? = nil) {
        self.id = id
        self.balance = balance
        self.tierID = tierID
        self.earnedInWindow = earnedInWindow
        self.earnedTodayByRule = earnedTodayByRule
        self.orders = orders
        self.referrer = referrer
    }
}
