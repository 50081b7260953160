/// Refusals about rewards.
public enum RewardRefusal: Refusal, Equatable {
    /// No reward has this id.
    case noSuchID(Int64)
    /// The programme has a flexible reward already (`name`, `id`); it may have one only.
    case secondFlexible(name: String, id: Int64)
    /// An edit tried to turn a fixed reward into a flexible one, or the reverse.
    case cannotSwitchFixedAndFlexible
    /// An amount was not in the programme's currency (`currency`, its code).
    case notInProgrammeCurrency(currency: String)

    public var category: RefusalCategory {
        switch self {
        case .noSuchID: return .notFound
        case .secondFlexible, .cannotSwitchFixedAndFlexible: return .refused
        case .notInProgrammeCurrency: return .invalid
        }
    }
}
