/// Refusals of building a demo programme.
public enum DemoRefusal: Refusal, Equatable {
    /// The demo's size is outside its limits: members 0 to `maximumMembers`, days at least 1, orders
    /// per member 0 to `maximumOrdersPerMember`.
    case sizeOutOfRange(maximumMembers: Int, maximumOrdersPerMember: Int)
    /// A draft demo was asked with members (nothing is earned before a launch).
    case draftHasMembers
    /// The database already holds a programme or people; a demo needs an empty one.
    case databaseNotEmpty

    public var category: RefusalCategory {
        switch self {
        case .sizeOutOfRange, .draftHasMembers: return .invalid
        case .databaseNotEmpty: return .refused
        }
    }
}
