/// The English wording of refusals about campaigns.
extension CampaignRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no campaign with id {id}", ["id": .integer(id)])
        }
    }
}
