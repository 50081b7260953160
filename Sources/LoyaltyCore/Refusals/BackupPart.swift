/// A number in a backup that `restore` checks against Loyalty's limits, as a refusal names it.
/// Each front end words it (`sentence`).
public enum BackupPart: Equatable, Sendable, CaseIterable {
    case memberBalance
    case memberLifetimeEarned
    case memberRedeemed
    case ledgerChange
    case ledgerBalance
    case runningTotal
    case dayPoints
    case rulePoints
    case ruleAmount
    case rewardCost
    case rewardAmount
    case flexibleRatePoints
    case flexibleRateMoney
    case orderAmount
}
