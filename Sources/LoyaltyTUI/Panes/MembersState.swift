/// The Members section's own state.
public struct MembersState: Sendable {
    public init() {}
}
