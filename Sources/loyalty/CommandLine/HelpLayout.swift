import LoyaltyCore
import LoyaltyText
import Terminal

/// Lays out help text for a terminal of 80 columns.
enum HelpLayout {
    /// The width help text is wrapped to, so that it reads on an 80-column terminal.
    static let width = 79

    /// `details` as lines in the operator's language: paragraphs filled, bullets with a hanging
    /// indent, literal lines whole (commands to copy, not translated).
    static func wrap(details: String, words: Localizer) -> [String] {
        DetailsBlock.parse(details).flatMap { block -> [String] in
            switch block {
            case .paragraph(let text): return wrap(prose(text, words), width: width, indent: "")
            case .bullet(let text): return wrap("- " + prose(text, words), width: width, indent: "  ")
            case .literal(let lines): return lines.map { "  " + $0 }
            case .blank: return [""]
            }
        }
    }

    /// A paragraph of details in the operator's language; the placeholders it names (an e-mail's
    /// {points}) stay as they are, for the reader to type.
    private static func prose(_ text: String, _ words: Localizer) -> String {
        let names = MessageTemplate(text).placeholders
        return words.text(text, Dictionary(uniqueKeysWithValues: names.map { ($0, SentenceValue.text("{\($0)}")) }))
    }

    /// Two columns: each label padded to the widest, its text wrapped beside it.
    static func columns(_ rows: [(String, String)]) -> [String] {
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let indent = String(repeating: " ", count: labelWidth + 4)
        let textWidth = max(width - indent.count, 30)
        return rows.flatMap { label, text -> [String] in
            let lines = wrap(text, width: textWidth, indent: "")
            return ["  " + label.padded(toWidth: labelWidth) + "  " + lines[0]] + lines.dropFirst().map { indent + $0 }
        }
    }

    /// `text` broken at spaces into lines of at most `width` columns (a longer word stays whole on
    /// its own line); lines after the first start with `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if DisplayWidth.of(line + " " + word) > width {
                lines.append(line)
                line = indent + word
            } else {
                line += " " + word
            }
        }
        lines.append(line)
        return lines
    }
}
