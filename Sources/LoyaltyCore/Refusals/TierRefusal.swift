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

    public var category: RefusalCategory {
        switch self {
        case .noSuchID, .noSuchName: return .notFound
        case .badName, .negativeThreshold, .multiplierOutOfRange: return .invalid
        }
    }
}
