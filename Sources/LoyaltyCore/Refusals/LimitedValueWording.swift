/// The English wording of the numbers Loyalty limits, as refusals name them.
extension LimitedValue {
    public var sentence: Sentence {
        switch self {
        case .rulePoints: return Sentence("a rule's points")
        case .rulePerAmount: return Sentence("the amount per which points are given")
        case .ruleMaximumPerEvent: return Sentence("maximum points per event")
        case .ruleMaximumPerMemberPerDay: return Sentence("maximum points per member per day")
        case .balance: return Sentence("a balance")
        case .rewardCost: return Sentence("a reward's cost")
        case .rewardAmount: return Sentence("the reward's amount")
        case .rewardMinimumSubtotal: return Sentence("a minimum order subtotal")
        case .flexibleRatePoints: return Sentence("the points side of a flexible reward's rate")
        case .flexibleRateMoney: return Sentence("the money side of a flexible reward's rate")
        case .flexibleMinimumPoints: return Sentence("minimum points")
        case .flexibleMaximumDiscount: return Sentence("the maximum discount")
        case .orderTotal: return Sentence("the order total")
        }
    }
}
