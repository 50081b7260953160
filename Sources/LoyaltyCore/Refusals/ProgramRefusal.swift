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
    /// Expiry is switched on or changed to `months` while `points` are held by `members` members,
    /// without saying whether it applies to those points or only to points earned from now on.
    case expiryNeedsChoice(months: Int, points: Points, members: Int, pointsName: String)
    /// A grace date for held points (`day`, in words) that has already passed.
    case expiryGraceInThePast(day: String)
    /// A grace date given while expiry applies to points earned from now on only.
    case expiryGraceWithNewPointsOnly
    /// A customer language (the code given) that Loyalty does not speak; `choices` are the codes it does.
    case unknownCustomerLanguage(String, choices: [String])

    public var category: RefusalCategory {
        switch self {
        case .alreadyLaunched, .onlyPausedResumes, .onlyActivePauses, .cannotActivate, .currencyInUse, .expiryNeedsChoice: return .refused
        case .expiryOutOfRange, .tierWindowOutOfRange, .badPointsName, .badPointsIcon, .badName, .expiryGraceInThePast, .expiryGraceWithNewPointsOnly,
             .unknownCustomerLanguage: return .invalid
        }
    }
}
