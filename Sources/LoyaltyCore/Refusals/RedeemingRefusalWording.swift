/// The English wording of refusals about coupons and redeeming.
extension RedeemingRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchCoupon(let code): return Sentence("no coupon with code {code}", ["code": .text(code)])
        case .couponNotIssued(let code, let state, let wanted):
            return Sentence("coupon {code} is {state}; only an issued coupon can become {wanted}",
                            ["code": .text(code), "state": state.word, "wanted": wanted.word])
        case .badOrderReference:
            return Sentence("the order reference must be 1 to {most} printable characters (no control characters)", ["most": .integer(Int64(ExternalID.maxLength))])
        case .needsOrderTotal: return Sentence("the flexible reward needs the order total to work out the discount")
        case .notRedeemable(let refusal, let email, let reward, let pointsName):
            return refusal.sentence(email: email, reward: reward, pointsName: pointsName)
        case .orderInOtherCurrency(let order, let programme):
            return Sentence("the order is in {order} but the programme counts in {programme}", ["order": .text(order), "programme": .text(programme)])
        case .pointsNotAboveZero: return Sentence("points to redeem must be above 0")
        case .noActiveReward: return Sentence("there is no active reward to redeem")
        case .belowFlexibleMinimum(let points, let minimum):
            return Sentence("this redemption would use {points} points; the flexible reward needs at least {minimum}",
                            ["points": .integer(points), "minimum": .integer(minimum)])
        case .balanceChanged(let email, let now, let shown, let pointsName):
            return Sentence("the balance of {email} changed since this was shown: it would now use {now}, not {shown}; check and confirm again",
                            ["email": .text(email), "now": .points(now, named: pointsName), "shown": .points(shown, named: pointsName)])
        }
    }
}
