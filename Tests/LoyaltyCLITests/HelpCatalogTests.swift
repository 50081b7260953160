import Foundation
import LoyaltyText
import XCTest
@testable import loyalty

/// Every short text `--help` shows is a message of the English catalog, so that each language can
/// translate it: the summary and the options of every command of the tree. A command added without
/// its texts in en.po fails here, naming them. (The paragraphs of details are looked up too, but
/// not all are translated yet: those read in English.)
final class HelpCatalogTests: XCTestCase {
    /// The messages of `command`'s help and of every command below it.
    private func helpMessages(_ command: Command) -> [String] {
        [command.summary] + command.options.map(\.help) + command.subcommands.flatMap(helpMessages)
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

    /// A string as a .po file quotes it.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
