import LoyaltyText
import Terminal

/// How text is laid out for the operator in one run: right to left (mirrored) when the operator's
/// language is Hebrew, and whether right-to-left text is put in visual order by Loyalty itself: on
/// unless `--bidi off` or `LOYALTY_BIDI=off` says the terminal reorders lines itself (see README,
/// Languages). The dashboard draws with it; the CLI prints with it when its output is a terminal.
enum OperatorWriting {
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
