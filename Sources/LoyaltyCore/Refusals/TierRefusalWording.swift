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
        case .noBaseTier: return Sentence("the programme has no base tier (threshold 0)")
        case .nameOrThresholdTaken(let clash):
            return Sentence("tier \"{tier}\" already has that name or threshold; each tier needs its own", ["tier": .text(clash)])
        case .baseTierExists: return Sentence("the base tier (threshold 0) exists already; edit it instead")
        case .baseTierKeepsZero: return Sentence("the base tier keeps threshold 0, and no other tier may have it")
        case .baseTierNotDeletable: return Sentence("the base tier cannot be deleted; rename it instead")
        case .lowestTierForRewards(let tier, let rewards):
            return Sentence("tier {tier} is the lowest tier for {rewards}; change or delete those rewards first, or they would open to everyone",
                            ["tier": .text(tier), "rewards": .list(rewards.map { "\"\($0)\"" })])
        }
    }
}
