/// The language a programme speaks to its customers: its e-mails' default subjects and bodies, the
/// programme page and My Rewards, and the points name until the owner names them. A programme
/// setting (`program set --language`), apart from the language the owner works in: an owner working
/// in English can run a Hebrew programme, and the reverse.
public enum CustomerLanguage: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case dutch = "nl"
    case french = "fr"
    case hebrew = "he"

    /// The language named by its code (`en`, `nl`, `fr`, `he`, any letter case), or a refusal that
    /// names the choices.
    public init(code: String) throws {
        guard let language = CustomerLanguage(rawValue: code.trimmingWhitespace().lowercased()) else {
            throw LoyaltyError.program(.unknownCustomerLanguage(code, choices: CustomerLanguage.allCases.map(\.rawValue)))
        }
        self = language
    }

    /// Whether the language is written right to left (Hebrew).
    public var isRightToLeft: Bool { self == .hebrew }

    /// HTML's `dir`: `rtl` for Hebrew, else `ltr`.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// What points are called while the owner has not named them, in the words the shops of that
    /// language know (Wix's own: "Punten", "Points", "נקודות").
    public var defaultPointsName: String {
        switch self {
        case .english: return "Points"
        case .dutch: return "Punten"
        case .french: return "Points"
        case .hebrew: return "נקודות"
        }
    }
}
