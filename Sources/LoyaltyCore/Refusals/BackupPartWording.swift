/// The English wording of the numbers in a backup that `restore` checks.
extension BackupPart {
    public var sentence: Sentence {
        switch self {
        case .memberBalance: return Sentence("a member's balance")
        case .memberLifetimeEarned: return Sentence("a member's lifetime earned")
        case .memberRedeemed: return Sentence("a member's redeemed")
        case .ledgerChange: return Sentence("a ledger entry's change")
        case .ledgerBalance: return Sentence("a ledger entry's balance")
        case .runningTotal: return Sentence("a running total")
        case .dayPoints: return Sentence("a day's points")
        case .rulePoints: return Sentence("a rule's points")
        case .ruleAmount: return Sentence("a rule's amount")
        case .rewardCost: return Sentence("a reward's cost")
        case .rewardAmount: return Sentence("a reward's amount")
        case .flexibleRatePoints: return Sentence("a flexible reward's rate points")
        case .flexibleRateMoney: return Sentence("a flexible reward's rate money")
        case .orderAmount: return Sentence("an order's amount")
        }
    }
}
