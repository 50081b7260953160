/// Refusals of refunds of recorded orders.
public enum RefundRefusal: Refusal, Equatable {
    /// The refund id is empty, longer than `maximumLength` or holds control characters.
    case badRefundID(maximumLength: Int)
    /// No order with this reference was recorded.
    case noSuchOrder(String)
    /// A partial refund came without its own refund id.
    case partialNeedsRefundID
    /// The refund is in `refund` (a currency code), the programme in `programme`.
    case inOtherCurrency(refund: String, programme: String)
    /// The refund amount is not above 0.
    case amountNotAboveZero(Money)

    public var category: RefusalCategory {
        switch self {
        case .noSuchOrder: return .notFound
        case .badRefundID, .partialNeedsRefundID, .inOtherCurrency, .amountNotAboveZero: return .invalid
        }
    }
}
