/// Refusals about the programme's settings and its status.
public enum ProgramRefusal: Refusal, Equatable {
    /// Launch asked of a programme that is `status` already.
    case alreadyLaunched(status: ProgramStatus)
    /// Resume asked of a programme that is not paused.
    case onlyPausedResumes
    /// Pause asked of a programme that is not active.
    case onlyActivePauses
    /// The programme cannot launch (or resume, with `resuming`) while `problems` stand.
    case cannotActivate(resuming: Bool, problems: [LaunchProblem])
    /// The currency cannot change while amounts are held in `currency` (its code).
    case currencyInUse(currency: String)
    /// The points name is empty, longer than 20 characters or holds control characters.
    case badPointsName(String)
    /// The points icon is empty, longer than 4 characters or holds control characters.
    case badPointsIcon(String)
    /// The programme's name is empty, longer than 80 characters or holds control characters.
    case badName
    /// Points expiry of `months` is outside 1 to 120.
    case expiryOutOfRange(months: Int)
    /// A tier window of `months` is outside 1 to 120.
    case tierWindowOutOfRange(months: Int)

    public var category: RefusalCategory {
        switch self {
        case .alreadyLaunched, .onlyPausedResumes, .onlyActivePauses, .cannotActivate, .currencyInUse: return .refused
        case .expiryOutOfRange, .tierWindowOutOfRange, .badPointsName, .badPointsIcon, .badName: return .invalid
        }
    }
}
