/// A language Loyalty speaks, by its ISO 639-1 code.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case dutch = "nl"
    case french = "fr"
    case hebrew = "he"

    /// The language of a locale name or a LANGUAGE entry: "nl_BE.UTF-8", "fr_FR@euro", "he", "iw_IL"
    /// (Hebrew's old code); nil for one Loyalty does not speak.
    public init?(localeName: String) {
        let language = localeName.prefix { $0.isLetter }.lowercased()
        switch language {
        case "iw": self = .hebrew
        default:
            guard let known = Language(rawValue: language) else { return nil }
            self = known
        }
    }
}
