/// Refusals of changes to a member's balance: the manual give, remove and set, and every ledger entry.
public enum BalanceRefusal: Refusal, Equatable {
    /// Points to give or remove were not above 0.
    case pointsNotAboveZero(Points)
    /// A balance was to be set below zero.
    case setBelowZero(Points)
    /// A manual change came without a reason.
    case reasonRequired
    /// The reason is longer than `maximum` characters or holds control characters.
    case badReason(maximum: Int)
    /// `who`'s balance is `now`, no longer the `seen` one the person looked at.
    case changedSinceSeen(who: String, seen: Points, now: Points)
    /// `who` has `balance`, fewer than the `points` to remove.
    case cannotRemove(who: String, balance: Points, points: Points, pointsName: String)
    /// `who` has `points` already, the balance to set.
    case alreadyHas(who: String, points: Points, pointsName: String)
    /// A ledger entry would change the balance by 0.
    case entryChangesNothing

    public var category: RefusalCategory {
        switch self {
        case .pointsNotAboveZero, .setBelowZero, .reasonRequired, .badReason, .entryChangesNothing: return .invalid
        case .changedSinceSeen: return .conflict
        case .cannotRemove, .alreadyHas: return .refused
        }
    }
}
