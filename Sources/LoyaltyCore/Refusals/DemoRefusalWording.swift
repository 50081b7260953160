/// The English wording of refusals of demos.
extension DemoRefusal {
    public var sentence: Sentence {
        switch self {
        case .sizeOutOfRange(let maximumMembers, let maximumOrdersPerMember):
            return Sentence("demo members must be 0 to {members}, days at least 1 and orders per member 0 to {orders}",
                            ["members": .grouped(Int64(maximumMembers)), "orders": .grouped(Int64(maximumOrdersPerMember))])
        case .draftHasMembers: return Sentence("a draft demo has no members: nothing is earned before the programme launches")
        case .databaseNotEmpty: return Sentence("a demo needs a new, empty database; this one already holds a programme")
        }
    }
}
