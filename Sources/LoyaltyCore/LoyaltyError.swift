/// Why an operation was refused. The message says what was wrong and what to do about it.
public enum LoyaltyError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Input that is not acceptable (bad number, unknown kind, missing field).
    case invalid(String)
    /// A valid request that the programme's rules refuse (not enough points, not a member).
    case refused(String)
    /// Something named that does not exist.
    case notFound(String)
    /// The same idempotency key arrived with a different payload, or a similar conflict.
    case conflict(String)

    public var description: String {
        switch self {
        case .invalid(let m), .refused(let m), .notFound(let m), .conflict(let m): return m
        }
    }
}
