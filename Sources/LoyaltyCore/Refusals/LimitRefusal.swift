/// Refusals of numbers beyond Loyalty's limits, which keep every total within a whole number.
public enum LimitRefusal: Refusal, Equatable {
    /// `what` (e.g. a rule's points) is `got` points, above `limit`.
    case pointsAbove(what: LimitedValue, limit: Points, got: Points)
    /// `what` (e.g. the order total) is `got`, above `most`.
    case moneyAbove(what: LimitedValue, most: Money, got: Money)
    /// One change would move a balance by `delta`, more than `limit`.
    case changeTooLarge(delta: Points, limit: Points)
    /// `balance` changed by `delta` would be `after` (nil: beyond a whole number), above `limit`.
    case balanceTooLarge(balance: Points, delta: Points, after: Points?, limit: Points)

    public var category: RefusalCategory {
        switch self {
        case .pointsAbove, .moneyAbove: return .invalid
        case .changeTooLarge, .balanceTooLarge: return .refused
        }
    }
}
