/// The English wording of refusals about tiers.
extension TierRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no tier with id {id}", ["id": .integer(id)])
        case .noSuchName(let name, let names):
            return Sentence("no tier \"{name}\"; the tiers are: {names}", ["name": .text(name), "names": .list(names)])
        case .badName: return Sentence("a tier needs a name of 1 to 40 printable characters")
        case .negativeThreshold: return Sentence("a tier's threshold cannot be negative")
        case .multiplierOutOfRange(let percent):
            return Sentence("a tier's multiplier must be between 1x and 100x (got {multiplier})", ["multiplier": .multiplier(percent)])
        }
    }
}
