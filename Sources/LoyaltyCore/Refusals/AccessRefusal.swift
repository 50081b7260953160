/// Refusals about who may open or change the programme.
public enum AccessRefusal: Refusal, Equatable {
    /// `user` opened the database but is not one of its users.
    case notAUser(user: String)
    /// `user`, a viewer, tried to make a change.
    case viewerMayOnlyLook(user: String)
    /// `user`, staff, tried to change something only an owner may (`kind`).
    case staffMayNotChange(user: String, kind: ChangeKind)
    /// The database at `path` is open read-only, for `reason`.
    case readOnly(path: String, reason: ReadOnlyReason)
    /// `user` is a user already, as `role`; `requested` is the role asked for.
    case alreadyAUser(user: String, role: Role, requested: Role)
    /// `user` has `role` already.
    case alreadyHasRole(user: String, role: Role)
    /// `user` is the programme's only owner and would stop being one.
    case onlyOwner(user: String)
    /// `user` named in a user command is not a user.
    case noSuchUser(user: String)
    /// `name` is not an OS account name.
    case notAnAccountName(name: String)

    public var category: RefusalCategory {
        switch self {
        case .notAUser, .viewerMayOnlyLook, .staffMayNotChange, .readOnly, .alreadyHasRole, .onlyOwner: return .refused
        case .alreadyAUser: return .conflict
        case .noSuchUser: return .notFound
        case .notAnAccountName: return .invalid
        }
    }
}

extension LoyaltyError {
    /// The store's refusal when `role` may not make a change of `kind`.
    public static func roleForbids(_ role: Role, user: String, _ kind: ChangeKind) -> LoyaltyError {
        role == .viewer ? .access(.viewerMayOnlyLook(user: user)) : .access(.staffMayNotChange(user: user, kind: kind))
    }
}
