/// The English wording of what stops a programme from launching.
extension LaunchProblem {
    public var sentence: Sentence {
        switch self {
        case .noName: return Sentence("The programme has no name: give it one in its details.")
        case .noActiveRule: return Sentence("No way to earn is active: add one or switch one on.")
        case .noActiveReward: return Sentence("No reward is active: add one or switch one on.")
        }
    }
}
