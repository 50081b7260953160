/// A number Loyalty keeps within its limits, as a refusal names it: which value of a way to earn, a
/// reward, an order or a balance was too large. Each front end words it (`sentence`).
public enum LimitedValue: Equatable, Sendable, CaseIterable {
    /// The points a way to earn gives.
    case rulePoints
    /// The amount spent per which a way to earn gives its points.
    case rulePerAmount
    /// A way to earn's most points per event.
    case ruleMaximumPerEvent
    /// A way to earn's most points per member per day.
    case ruleMaximumPerMemberPerDay
    /// A member's balance.
    case balance
    /// What a fixed reward costs in points.
    case rewardCost
    /// The money a fixed reward takes off or sells at.
    case rewardAmount
    /// The order subtotal a fixed reward needs.
    case rewardMinimumSubtotal
    /// The points side of a flexible reward's rate.
    case flexibleRatePoints
    /// The money side of a flexible reward's rate.
    case flexibleRateMoney
    /// The fewest points a flexible reward takes.
    case flexibleMinimumPoints
    /// The most a flexible reward takes off.
    case flexibleMaximumDiscount
    /// An order's total at redemption.
    case orderTotal
}
