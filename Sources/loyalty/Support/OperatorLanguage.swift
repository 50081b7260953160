import Foundation
import LoyaltyText

/// The language of the operator's messages for one run: `--lang`, else the environment, read as
/// gettext reads it (see `LanguageChoice`); the words come from the catalogs built into the program.
enum OperatorLanguage {
    static let option = Option("--lang", "en|nl|fr|he", "the language of messages (else from LC_ALL, LC_MESSAGES, LANG and LANGUAGE)")

    /// The words for this run; `--lang` naming a language Loyalty does not speak is refused.
    /// `$LOYALTY_CATALOG` names a `.po` file read instead of the built-in catalogs, so that a
    /// translator sees their work in place (its `Language` header sets how numbers are written).
    static func words(for arguments: [String], root: Command, environment: [String: String]) throws(UnknownLanguage) -> Localizer {
        if let file = environment["LOYALTY_CATALOG"], !file.isEmpty, let words = catalogFile(file) { return words }
        let language = try LanguageChoice.resolve(option: EarlyOption.value(of: option, in: arguments, root: root), environment: environment)
        let (words, problem) = Localizer.shipped(language)
        if let problem { Console.complain("\(problem); messages are in English") }
        return words
    }

    /// The catalog in `file`, or nil (and why, on stderr) when it cannot be read.
    private static func catalogFile(_ file: String) -> Localizer? {
        do {
            let catalog = try POParser(file: file).parse(String(contentsOfFile: file, encoding: .utf8))
            return Localizer(language: catalog.header["Language"].flatMap { Language(localeName: $0) } ?? .english, catalog: catalog)
        } catch {
            Console.complain("LOYALTY_CATALOG: \(error); messages are in the language --lang or the environment chooses")
            return nil
        }
    }
}
