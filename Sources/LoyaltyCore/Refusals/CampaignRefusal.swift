/// Refusals about campaigns.
public enum CampaignRefusal: Refusal, Equatable {
    /// No campaign has this id.
    case noSuchID(Int64)

    public var category: RefusalCategory {
        switch self {
        case .noSuchID: return .notFound
        }
    }
}
