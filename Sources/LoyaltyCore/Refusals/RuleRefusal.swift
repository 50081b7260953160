/// Refusals about ways to earn.
public enum RuleRefusal: Refusal, Equatable {
    /// No way to earn has this id.
    case noSuchID(Int64)
    /// No way to earn is of this kind.
    case noneOfKind(EarningKind)
    /// Several ways to earn are of this kind (custom actions), so the kind names none.
    case severalOfKind(EarningKind)
    /// A custom action with this name exists already.
    case customNameTaken(String)
    /// A way to earn of this kind exists already (one per kind).
    case kindTaken(EarningKind)
    /// An amount was not in the programme's currency (`currency`, its code).
    case notInProgrammeCurrency(currency: String)

    public var category: RefusalCategory {
        switch self {
        case .noSuchID, .noneOfKind, .severalOfKind: return .notFound
        case .customNameTaken, .kindTaken: return .refused
        case .notInProgrammeCurrency: return .invalid
        }
    }
}
