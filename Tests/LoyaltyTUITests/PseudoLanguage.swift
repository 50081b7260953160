import Foundation
import LoyaltyText

/// A made-up language for finding text that bypassed the catalogs: every message of the English
/// catalog is wrapped in ⟦ ⟧, its letters swapped for accented ones (so no English word survives in
/// it) and lengthened by a third with "~", as a long translation would be; placeholders stay.
/// A screen in it shows English only where a text never went through the catalogs.
enum PseudoLanguage {
    /// The words of the pseudo-language, with English plural rules and English numbers.
    static let words: Localizer = {
        let english = try! ShippedCatalogs.catalog(.english)
        var po = #"""
            msgid ""
            msgstr ""
            "Language: en\n"
            "Plural-Forms: nplurals=2; plural=(n != 1);\n"

            """#
        for message in english.messages {
            if let context = message.context { po += "msgctxt \(quoted(context))\n" }
            po += "msgid \(quoted(message.id))\n"
            if let plural = message.plural {
                po += "msgid_plural \(quoted(plural))\nmsgstr[0] \(quoted(pseudo(message.id)))\nmsgstr[1] \(quoted(pseudo(plural)))\n\n"
            } else {
                po += "msgstr \(quoted(pseudo(message.id)))\n\n"
            }
        }
        return Localizer(language: .english, catalog: try! POParser(file: "pseudo.po").parse(po), zone: TimeZone(identifier: "UTC")!)
    }()

    /// "Save" → "⟦Šáṽé~~⟧"; "{count} member" → "⟦{count} ṁéṁƀéŕ~~~~⟧".
    static func pseudo(_ text: String) -> String {
        var out = "", inPlaceholder = false, letters = 0
        for character in text {
            if character == "{" { inPlaceholder = true } else if character == "}" { inPlaceholder = false }
            if !inPlaceholder, let accented = accents[character] {
                out.append(accented)
                letters += 1
            } else {
                out.append(character)
                if !inPlaceholder { letters += 1 }
            }
        }
        return "⟦" + out + String(repeating: "~", count: (letters + 2) / 3) + "⟧"
    }

    private static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("áƀçďéƒğĥíĵķĺṁñöþʠŕšťüṽŵẋýžÁƁÇĎÉƑĞĤÍĴĶĹṀÑÖÞɊŔŠŤÜṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented))
    }()

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// What is wrong with a screen in the pseudo-language: each English word outside the messages
    /// (a word of plain ASCII letters that is not in `data`; key names are messages too), and each text cut
    /// with "…" although blank cells followed it (the screen had room for more of it).
    static func problems(in screen: String, width: Int, data: Set<String>, skippingRows skipped: Set<Int> = []) -> [String] {
        var problems: [String] = []
        let word = try! NSRegularExpression(pattern: "[A-Za-z]{2,}")
        for (row, line) in screen.components(separatedBy: "\n").enumerated() where !skipped.contains(row) {
            let text = line.replacingOccurrences(of: #"\{[A-Za-z_]+\}"#, with: " ", options: .regularExpression)
            for match in word.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let found = String(text[Range(match.range, in: text)!])
                if !data.contains(found) {
                    problems.append("row \(row): English \"\(found)\" in: \(line)")
                }
            }
            let cells = Array(line)
            var depth = 0
            for (index, cell) in cells.enumerated() {
                if cell == "⟦" { depth += 1 } else if cell == "⟧" { depth = max(0, depth - 1) } else if "│┌└".contains(cell) { depth = 0 }
                guard cell == "…", depth > 0, index + 1 >= cells.count || !"~⟧".contains(cells[index + 1]) else { continue }
                // A message cut short: fine only where it ran into a border or the screen's edge.
                let rest = cells[(index + 1)...].drop { $0 == " " }
                let blanks = cells.count - index - 1 - rest.count + (rest.isEmpty ? width - cells.count : 0)
                if blanks > 2 || !(rest.isEmpty || "│┐┘┤".contains(rest.first!)) {
                    problems.append("row \(row): cut with room to spare in: \(line)")
                }
            }
        }
        return problems
    }
}
