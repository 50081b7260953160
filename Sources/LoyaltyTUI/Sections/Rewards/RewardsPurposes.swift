/// The Rewards section's forms.
public enum RewardsFormPurpose: Equatable, Sendable {
    case add(flexible: Bool)
    case edit(id: Int64)
}

/// What the Rewards section asks before doing.
public enum RewardsConfirmPurpose: Equatable, Sendable {
    case delete(id: Int64)
}
