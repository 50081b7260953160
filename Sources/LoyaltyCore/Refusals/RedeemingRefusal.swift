/// Refusals about coupons and redeeming, beyond the programme's redemption rules
/// (`RedemptionRules.Refusal`, which say why a member may not have a reward).
public enum RedeemingRefusal: Refusal, Equatable {
    /// No coupon has this code.
    case noSuchCoupon(code: String)
    /// The coupon is `state`, so it cannot become `wanted`; only an issued one can.
    case couponNotIssued(code: String, state: CouponState, wanted: CouponState)
    /// The order reference is empty, too long or holds control characters.
    case badOrderReference
    /// The flexible reward needs the order total to work out the discount.
    case needsOrderTotal
    /// The programme's redemption rules refuse `reward` to the member `email` (see `RedemptionRules`).
    case notRedeemable(RedemptionRules.Refusal, email: String, reward: Reward, pointsName: String)
    /// The order total is in `order` (a currency code), the programme in `programme`.
    case orderInOtherCurrency(order: String, programme: String)
    /// Points to redeem were asked as 0 or less.
    case pointsNotAboveZero
    /// The flexible reward would use `points`, fewer than its `minimum`.
    case belowFlexibleMinimum(points: Int64, minimum: Points)
    /// The member's balance changed since the redemption was shown: it would use `now`, not `shown`.
    case balanceChanged(email: String, now: Points, shown: Points, pointsName: String)
    /// There is no active reward to redeem.
    case noActiveReward

    public var category: RefusalCategory {
        switch self {
        case .noSuchCoupon: return .notFound
        case .couponNotIssued: return .refused
        case .badOrderReference, .orderInOtherCurrency, .pointsNotAboveZero, .needsOrderTotal: return .invalid
        case .belowFlexibleMinimum, .notRedeemable, .noActiveReward: return .refused
        case .balanceChanged: return .conflict
        }
    }
}
