/// Refusals about campaigns.
public enum CampaignRefusal: Refusal, Equatable {
    /// No campaign has this id.
    case noSuchID(Int64)
    /// The campaign has no name (or one with control characters).
    case needsName
    /// The multiplier is not above 1x and at most 100x.
    case multiplierOutOfRange(MultiplierPercent)
    /// The campaign ends before (or when) it starts.
    case endsBeforeItStarts
    /// The campaign multiplies no way to earn.
    case needsWayToEarn

    public var category: RefusalCategory {
        switch self {
        case .noSuchID: return .notFound
        case .needsName, .multiplierOutOfRange, .endsBeforeItStarts, .needsWayToEarn: return .invalid
        }
    }
}
