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

    /// The separator between groups of three digits: 1,234 / 1.234 / 1 234 (a narrow no-break
    /// space, U+202F) / 1,234. `LoyaltyText.LocalStyle` writes the operator's numbers with it too.
    public var groupSeparator: String {
        switch self {
        case .english, .hebrew: return ","
        case .dutch: return "."
        case .french: return "\u{202F}"
        }
    }

    /// A whole number as the language writes it, its thousands grouped: 1,234 / 1.234 / 1 234.
    public func number(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var out = number < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += groupSeparator }
            out.append(digit)
        }
        return out
    }

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
