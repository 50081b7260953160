/// Refusals of events from the shop (orders, reviews, custom actions) and of what they would earn.
public enum EventRefusal: Refusal, Equatable {
    /// The event's id is empty, longer than `maximumLength` or holds control characters.
    case badID(maximumLength: Int)
    /// Points of this kind (sign-up, referral) are awarded by the programme itself, not by an event.
    case grantedByProgramme(EarningKind)
    /// An order came without its subtotal.
    case orderNeedsSubtotal
    /// An event of `kind` came without the amount its way to earn (`points` per `per`) needs.
    case needsAmount(kind: EarningKind, points: Points, per: Money)
    /// The amount is in `amount` (a currency code), the programme in `programme`.
    case amountInOtherCurrency(amount: String, programme: String)
    /// The amount is below zero (refunds are recorded as refunds).
    case negativeAmount(Money)
    /// The event would earn `points`, more than one change may give (`limit`).
    case wouldEarnTooMuch(points: Points, pointsName: String, limit: Points)
    /// The event's `key` was recorded before with the `recorded` details; it came again with `now`.
    case recordedWithOtherDetails(key: String, recorded: String, now: String)

    public var category: RefusalCategory {
        switch self {
        case .badID, .grantedByProgramme, .orderNeedsSubtotal, .needsAmount, .amountInOtherCurrency, .negativeAmount: return .invalid
        case .wouldEarnTooMuch: return .refused
        case .recordedWithOtherDetails: return .conflict
        }
    }
}
