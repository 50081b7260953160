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

extension LaunchProblem {
    /// `problems` one a line, each after "  - "; the layout holds no words of its own.
    public static func list(_ problems: [LaunchProblem]) -> Sentence {
        var template = "", values: [String: SentenceValue] = [:]
        for (index, problem) in problems.enumerated() {
            template += "\n  - {\(index)}"
            values[String(index)] = .sentence(problem.sentence)
        }
        return Sentence(template, values)
    }
}
