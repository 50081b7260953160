/// The English wording of refusals about users and roles.
extension AccessRefusal {
    public var sentence: Sentence {
        switch self {
        case .notAUser(let user), .noSuchUser(let user):
            return Sentence("{user} is not a user of this programme", ["user": .text(user)])
        case .viewerMayOnlyLook(let user):
            return Sentence("{user} is a viewer and may only look", ["user": .text(user)])
        case .staffMayNotChange(let user, .programme):
            return Sentence("{user} is staff: staff change members and points, not the programme; ask an owner", ["user": .text(user)])
        case .staffMayNotChange(let user, .membersAndPoints):
            return Sentence("{user} is staff: staff may not change members and points here; ask an owner", ["user": .text(user)])
        case .readOnly(let path, let reason):
            return Sentence("the database {path} is read-only here ({reason}): nothing was changed", ["path": .text(path), "reason": .sentence(reason.sentence)])
        case .alreadyAUser(let user, let role, _):
            return Sentence("{user} is already a user ({role})", ["user": .text(user), "role": role.word])
        case .alreadyHasRole(let user, let role):
            return Sentence("{user} is already {role}; nothing was changed", ["user": .text(user), "role": role.word])
        case .onlyOwner(let user):
            return Sentence("{user} is the only owner; make someone else owner first", ["user": .text(user)])
        case .notAnAccountName(let name):
            return Sentence("\"{name}\" is not an OS account name; use the login name, e.g. alice (letters, digits, . _ -)", ["name": .text(name)])
        }
    }
}
