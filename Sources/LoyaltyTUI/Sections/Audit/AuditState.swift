import LoyaltyCore

/// The Audit log section's lines, newest first: the newest page, and older pages as the
/// selection reaches the end.
public struct AuditState: Sendable, Equatable {
    public var entries: [AuditEntry] = []
    /// False once a page came back short: there is nothing older to load.
    public var mayHaveOlder = true
    public internal(set) var list = ListState()

    public init() {}
}
