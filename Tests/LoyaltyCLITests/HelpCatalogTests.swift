import Foundation
import LoyaltyText
import XCTest
@testable import loyalty

/// Every text `--help` shows is a message of the English catalog, so that each language can
/// translate it: the summary, the options and each paragraph and bullet of the details of every
/// command of the tree (CatalogCompletenessTests then holds nl, fr and he to en.po). A command
/// added without its texts in en.po fails here, naming them.
final class HelpCatalogTests: XCTestCase {
    /// The messages of `command`'s help and of every command below it.
    private func helpMessages(_ command: Command) -> [String] {
        [command.summary] + command.options.map(\.help) + Self.prose(command.details)
            + command.subcommands.flatMap(helpMessages)
    }

    /// The paragraphs and bullets of `details`, each one message; literal lines are commands to copy.
    private static func prose(_ details: String?) -> [String] {
        DetailsBlock.parse(details ?? "").compactMap { block in
            switch block {
            case .paragraph(let text), .bullet(let text): return text
            case .literal, .blank: return nil
            }
        }
    }

    func testEveryHelpTextOfTheCommandTreeIsInTheEnglishCatalog() throws {
        let english = try ShippedCatalogs.catalog(.english)
        var seen = Set<String>()
        let messages = (helpMessages(CommandTree.root) + GlobalOptions.all.map(\.help)).filter { seen.insert($0).inserted }
        XCTAssertGreaterThan(messages.count, 100, "the walk found the commands' texts")
        let missing = messages.filter { english.message($0) == nil }
        if let file = ProcessInfo.processInfo.environment["LOYALTY_WRITE_MISSING_HELP"] {
            try missing.map { "msgid \(Self.quoted($0))\nmsgstr \"\"\n" }.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(missing, [], "add these to en.po (LOYALTY_WRITE_MISSING_HELP=FILE writes them as entries)")
    }

    /// Every paragraph and bullet of the details is translated in each language, so that no
    /// `--help` reads half in English.
    func testEveryParagraphOfTheDetailsIsTranslatedInEachLanguage() throws {
        let paragraphs = Self.allProse(CommandTree.root)
        XCTAssertGreaterThan(paragraphs.count, 40, "the walk found the paragraphs")
        for language in Language.allCases where language != .english {
            let catalog = try ShippedCatalogs.catalog(language)
            XCTAssertEqual(paragraphs.filter { catalog.translation($0) == nil }, [], "\(language.rawValue).po lacks these paragraphs of --help")
        }
    }

    /// The paragraphs and bullets of `command`'s details and of every command below it.
    private static func allProse(_ command: Command) -> [String] {
        prose(command.details) + command.subcommands.flatMap(allProse)
    }

    /// A string as a .po file quotes it.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
