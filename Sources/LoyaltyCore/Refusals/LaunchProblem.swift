/// Something that stops a programme from launching (or resuming); see `launchProblems`. Each front
/// end words it (`sentence`).
public enum LaunchProblem: Equatable, Sendable, CaseIterable {
    /// The programme has no name.
    case noName
    /// No way to earn is active.
    case noActiveRule
    /// No reward is active.
    case noActiveReward
}
