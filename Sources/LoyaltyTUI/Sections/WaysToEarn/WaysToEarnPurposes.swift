/// The Ways to earn section's forms.
public enum WaysToEarnFormPurpose: Equatable, Sendable {
    /// The first step of adding a way to earn: which kind (the rule form follows).
    case chooseRuleKind
    case addRule
    case editRule(id: Int64)
    case addCampaign
    case editCampaign(id: Int64)
}

/// What the Ways to earn section asks before doing.
public enum WaysToEarnConfirmPurpose: Equatable, Sendable {
    case deleteRule(id: Int64)
    case deleteCampaign(id: Int64)
}
