/// The English wording of refusals about rewards.
extension RewardRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no reward with id {id}", ["id": .integer(id)])
        case .secondFlexible(let name, let id):
            return Sentence("there is already a flexible reward (\"{name}\", id {id}); a programme has at most one, so edit that one instead",
                            ["name": .text(name), "id": .integer(id)])
        case .cannotSwitchFixedAndFlexible:
            return Sentence("a reward cannot change between fixed and flexible; add a new one and delete this one")
        case .notInProgrammeCurrency(let currency):
            return Sentence("amounts must be in the programme's currency {currency}", ["currency": .text(currency)])
        }
    }
}
