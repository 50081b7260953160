/// The English wording of refusals about campaigns.
extension CampaignRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no campaign with id {id}", ["id": .integer(id)])
        case .needsName: return Sentence("a campaign needs a name")
        case .multiplierOutOfRange(let percent):
            return Sentence("campaign multiplier must be above 1x and at most 100x (got {multiplier})", ["multiplier": .multiplier(percent)])
        case .endsBeforeItStarts: return Sentence("campaign must end after it starts")
        case .needsWayToEarn: return Sentence("a campaign needs at least one way to earn")
        }
    }
}
