import LoyaltyText
import Terminal

/// How the dashboard lays text out for one run: right to left (mirrored) when the operator's
/// language is Hebrew, and whether it puts right-to-left text in visual order itself: on unless
/// `--bidi off` or `LOYALTY_BIDI=off` says the terminal reorders lines itself (see README, Languages).
enum DashboardWriting {
    static let option = Option("--bidi", "on|off",
                               "put right-to-left text (Hebrew) in reading order; off for a terminal that does it itself (else LOYALTY_BIDI, default on)")

    /// The writing mode for `language`; `--bidi`'s value wins over `LOYALTY_BIDI`; anything but
    /// on or off is refused, naming where it came from.
    static func mode(language: Language, option given: String?, environment: [String: String], words: Localizer) throws -> WritingMode {
        let (setting, source) = given.map { ($0, option.name) } ?? (environment["LOYALTY_BIDI"] ?? "", "LOYALTY_BIDI")
        let reorders: Bool
        switch setting.lowercased() {
        case "", "on": reorders = true
        case "off": reorders = false
        default:
            throw Failure(message: words.text("{option} takes on or off (got \"{word}\")", ["option": .text(source), "word": .text(setting)]))
        }
        return WritingMode(isRightToLeft: language.writesRightToLeft, reordersText: reorders)
    }
}
