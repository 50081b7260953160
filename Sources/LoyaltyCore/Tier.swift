/// A level members reach by earning points within a rolling window; higher tiers earn faster.
public struct Tier: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    /// Points earned within the window needed to reach the tier; the base tier's is 0.
    public var threshold: Points
    /// Earning multiplier in percent (100 = ×1).
    public var multiplier: MultiplierPercent

    public init(id: Int64 = 0, name: String, threshold: Points, multiplier: MultiplierPercent = 100) {
        self.id = id
        self.name = name
        self.threshold = threshold
        self.multiplier = multiplier
    }

    public func validated() throws -> Tier {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 40, !trimmed.containsControlCharacters else {
            throw LoyaltyError.tier(.badName)
        }
        guard threshold >= 0 else { throw LoyaltyError.tier(.negativeThreshold) }
        guard multiplier >= 100, multiplier <= 10_000 else {
            throw LoyaltyError.tier(.multiplierOutOfRange(multiplier))
        }
        var copy = self
        copy.name = trimmed
        return copy
    }
}

/// The tier for points earned within the window: the one with the highest threshold reached.
/// `tiers` must include a base tier at 0.
public func tierReached(byEarned earned: Points, tiers: [Tier]) -> Tier? {
    tiers.filter { $0.threshold <= earned }.max { $0.threshold < $1.threshold }
}
