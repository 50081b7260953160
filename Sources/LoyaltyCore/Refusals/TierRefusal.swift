/// Refusals about tiers.
public enum TierRefusal: Refusal, Equatable {
    /// No tier has this id.
    case noSuchID(Int64)
    /// No tier is named `name`; the tiers are `names`.
    case noSuchName(String, names: [String])
    /// The name is empty, longer than 40 characters or holds control characters.
    case badName
    /// The threshold is below zero.
    case negativeThreshold
    /// The multiplier is not between 1x and 100x.
    case multiplierOutOfRange(MultiplierPercent)
    /// The programme has no base tier (threshold 0).
    case noBaseTier
    /// Tier `clash` already has the name or the threshold asked for.
    case nameOrThresholdTaken(by: String)
    /// A second base tier was asked; the base tier (threshold 0) exists already.
    case baseTierExists
    /// An edit would move the base tier off threshold 0, or another tier onto it.
    case baseTierKeepsZero
    /// The base tier was to be deleted.
    case baseTierNotDeletable
    /// `tier` is the lowest tier for the `rewards` (their names), so deleting it would open them to everyone.
    case lowestTierForRewards(tier: String, rewards: [String])

    public var category: RefusalCategory {
        switch self {
        case .noSuchID, .noSuchName, .noBaseTier: return .notFound
        case .badName, .negativeThreshold, .multiplierOutOfRange: return .invalid
        case .nameOrThresholdTaken, .baseTierExists, .baseTierKeepsZero, .baseTierNotDeletable, .lowestTierForRewards: return .refused
        }
    }
}
