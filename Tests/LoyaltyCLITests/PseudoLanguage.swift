import Foundation
import LoyaltyText

/// A pseudo-language for finding English that bypassed the catalogs: every message of en.po
/// wrapped in ⟦ ⟧ and lengthened by a third (as a longer language would), with its placeholders
/// kept. Output read in it has every translated word inside brackets; a word of English outside
/// them came from the code.
enum PseudoLanguage {
    /// The pseudo catalog as a .po file, for `LOYALTY_CATALOG`.
    static func catalogText() throws -> String {
        let english = try ShippedCatalogs.catalog(.english)
        var out = "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
        for message in english.messages {
            out += "\n"
            if let context = message.context { out += "msgctxt \(quoted(context))\n" }
            out += "msgid \(quoted(message.id))\n"
            if let plural = message.plural {
                out += "msgid_plural \(quoted(plural))\nmsgstr[0] \(quoted(wrapped(message.id)))\nmsgstr[1] \(quoted(wrapped(plural)))\n"
            } else {
                out += "msgstr \(quoted(wrapped(message.id)))\n"
            }
        }
        return out
    }

    /// "⟦text····⟧": a third longer.
    static func wrapped(_ text: String) -> String { "⟦" + text + String(repeating: "·", count: max(1, text.count / 3)) + "⟧" }

    /// What is left of `output` once every ⟦…⟧ (nested too) is taken out.
    static func outside(_ output: String) -> String {
        var depth = 0, out = ""
        for character in output {
            if character == "⟦" { depth += 1; out.append(" ") }
            else if character == "⟧" { depth = max(0, depth - 1) }
            else if depth == 0 { out.append(character) }
        }
        return out
    }

    /// Words of English prose in `output` outside the brackets: lowercase words of two or more
    /// letters that are not `allowed` data (names, e-mails, command and option names), not in a
    /// line of JSON or CSV, not in a command to copy.
    static func bypassed(_ output: String, allowed: Set<String>) -> [String] {
        var found: [String] = []
        for line in outside(output).split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") || trimmed.hasPrefix("loyalty ") || trimmed.contains(",,") { continue }
            let tokens = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            for token in tokens {
                let word = token.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols).subtracting(["-"]))
                if word.hasPrefix("-") || token.contains("|") || word.contains("@") || word.contains("/") || word.contains("=") || word.contains("_") { continue }
                if allowed.contains(word) || allowed.contains(String(token)) { continue }
                let letters = word.filter(\.isLetter)
                guard letters.count >= 2, word.allSatisfy({ $0.isASCII }), word.first?.isLowercase == true else { continue }
                found.append(String(token))
            }
        }
        return found
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
    }
}
