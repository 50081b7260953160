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
    /// The points are not above 0.
    case pointsNotAboveZero(Points)
    /// Per-spend points asked of a kind that earns a fixed number only.
    case fixedOnly(EarningKind)
    /// The amount per which points are given is not above 0.
    case perAmountNotAboveZero(Money)
    /// The cap per event is not above 0.
    case capPerEventNotAboveZero(Points)
    /// The cap per member per day is not above 0.
    case capPerDayNotAboveZero(Points)
    /// The name is empty, longer than 80 characters or holds control characters.
    case badName
    /// An amount was not in the programme's currency (`currency`, its code).
    case notInProgrammeCurrency(currency: String)
    /// A list of ways to earn named none; `known` are their names.
    case noneNamed(known: [String])
    /// No way to earn is called `name` (by kind or name); `known` are their names.
    case noSuchName(String, known: [String])

    public var category: RefusalCategory {
        switch self {
        case .noSuchID, .noneOfKind, .severalOfKind: return .notFound
        case .customNameTaken, .kindTaken: return .refused
        case .notInProgrammeCurrency, .pointsNotAboveZero, .fixedOnly, .perAmountNotAboveZero, .capPerEventNotAboveZero,
             .capPerDayNotAboveZero, .badName, .noneNamed, .noSuchName: return .invalid
        }
    }
}
