/// The Tiers section's forms.
public enum TiersFormPurpose: Equatable, Sendable {
    case add
    case edit(id: Int64)
}

/// What the Tiers section asks before doing.
public enum TiersConfirmPurpose: Equatable, Sendable {
    case delete(id: Int64)
}
