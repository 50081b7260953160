/// A number in a backup that `restore` checks against Loyalty's limits, as a refusal names it.
/// Each front end words it (`sentence`).
public enum BackupPart: Equatable, Sendable, CaseIterable {
    /// A member's balance.
    case memberBalance
    /// A member's lifetime earned points.
    case memberLifetimeEarned
    /// A member's redeemed points.
    case memberRedeemed
    /// The change a ledger entry makes.
    case ledgerChange
    /// The balance after a ledger entry.
    case ledgerBalance
    /// A running total of points of one kind.
    case runningTotal
    /// The points issued or redeemed on one day.
    case dayPoints
    /// A way to earn's points or caps.
    case rulePoints
    /// The amount per which a way to earn gives points.
    case ruleAmount
    /// A reward's cost or minimum points.
    case rewardCost
    /// A reward's money: its discount, minimum subtotal or maximum discount.
    case rewardAmount
    /// The points side of the flexible reward's rate.
    case flexibleRatePoints
    /// The money side of the flexible reward's rate.
    case flexibleRateMoney
    /// An order's paid or refunded amount.
    case orderAmount
}
