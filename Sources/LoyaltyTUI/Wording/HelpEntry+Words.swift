import Foundation
import LoyaltyText

extension HelpEntry {
    /// The entry in `words`' language: its help looked up in the catalogs (key bindings keep their
    /// English words, which are the catalogs' keys), who may use the key, and the keys' names as the
    /// language prints them on keyboards ("Espace", "Entrée", "Échap"); letters and symbols stay.
    func worded(_ words: Localizer) -> HelpEntry {
        HelpEntry(keys: Self.keys(keys, words), help: words.text(help), onlyFor: onlyFor.map { words.text($0) })
    }

    /// A keys label ("Space/←/→", "Enter/^S", "PgUp/PgDn") with each key's name worded.
    static func keys(_ label: String, _ words: Localizer) -> String {
        var out = "", name = ""
        func flush() {
            out += name.count > 1 ? keyName(name, words) : name
            name = ""
        }
        for character in label {
            if character.isASCII && (character.isLetter || character == "-") { name.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }

    /// One key's name in the language; a name it has no word for stays as it is.
    private static func keyName(_ name: String, _ words: Localizer) -> String {
        switch name {
        case "Space": return words.text("Space")
        case "Enter": return words.text("Enter")
        case "Esc": return words.text("Esc")
        case "Tab": return words.text("Tab")
        case "S-Tab": return words.text("S-Tab")
        case "PgUp": return words.text("PgUp")
        case "PgDn": return words.text("PgDn")
        case "Home": return words.text("Home")
        case "End": return words.text("End")
        case "Bksp": return words.text("Bksp")
        case "Del": return words.text("Del")
        case "text": return words.text("text")
        default: return name
        }
    }
}
