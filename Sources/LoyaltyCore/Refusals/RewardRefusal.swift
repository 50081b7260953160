/// Refusals about rewards.
public enum RewardRefusal: Refusal, Equatable {
    /// No reward has this id.
    case noSuchID(Int64)
    /// The programme has a flexible reward already (`name`, `id`); it may have one only.
    case secondFlexible(name: String, id: Int64)
    /// An edit tried to turn a fixed reward into a flexible one, or the reverse.
    case cannotSwitchFixedAndFlexible
    /// The name is empty, longer than 80 characters or holds control characters.
    case badName
    /// The description is longer than `maximum` characters or holds control characters.
    case badDescription(maximum: Int)
    /// A fixed reward's cost is not above 0.
    case costNotAboveZero(Points)
    /// Percent off is outside 1 to 100.
    case percentOffOutOfRange(Int64)
    /// Amount off is not above 0.
    case amountOffNotAboveZero(Money)
    /// A sale price or free product reward has no product SKU (`salePrice` tells which).
    case needsSKU(salePrice: Bool)
    /// A sale price is below zero.
    case negativeSalePrice
    /// A minimum order subtotal is below zero.
    case negativeMinimumSubtotal
    /// A flexible reward's rate is not positive on both sides.
    case rateNotPositive
    /// A flexible reward's minimum points are not above 0.
    case minimumPointsNotAboveZero
    /// A flexible reward's maximum discount amount is not above 0.
    case maximumDiscountNotAboveZero
    /// A flexible reward's maximum discount percent is outside 1 to 100.
    case maximumPercentOutOfRange(Int64)
    /// An amount was not in the programme's currency (`currency`, its code).
    case notInProgrammeCurrency(currency: String)
    /// An amount off or sale price reward (`salePrice` tells which) came without its amount.
    case needsAmount(salePrice: Bool)
    /// Percent off was typed as `text`, not a whole number.
    case percentOffNotWhole(String)

    public var category: RefusalCategory {
        switch self {
        case .noSuchID: return .notFound
        case .secondFlexible, .cannotSwitchFixedAndFlexible: return .refused
        case .notInProgrammeCurrency, .badName, .badDescription, .costNotAboveZero, .percentOffOutOfRange, .amountOffNotAboveZero, .needsSKU,
             .negativeSalePrice, .negativeMinimumSubtotal, .rateNotPositive, .minimumPointsNotAboveZero, .maximumDiscountNotAboveZero,
             .maximumPercentOutOfRange, .needsAmount, .percentOffNotWhole: return .invalid
        }
    }
}
