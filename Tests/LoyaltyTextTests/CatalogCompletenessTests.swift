import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyText

/// The shipped catalogs: each reads, and every English message is translated in every language
/// with exactly the placeholders of the English, so that no message shows up untranslated or
/// loses a value.
final class CatalogCompletenessTests: XCTestCase {
    private func shipped(_ language: Language) throws -> Catalog { try ShippedCatalogs.catalog(language) }

    func testEveryShippedCatalogReadsAndSaysItsLanguage() throws {
        for language in Language.allCases {
            let catalog = try shipped(language)
            XCTAssertEqual(catalog.header["Language"], language.rawValue)
            XCTAssertNotNil(catalog.header["Plural-Forms"], language.rawValue)
        }
    }

    func testEveryEnglishMessageIsTranslatedWithTheSamePlaceholders() throws {
        let english = try shipped(.english)
        XCTAssertFalse(english.messages.isEmpty)
        for language in Language.allCases where language != .english {
            XCTAssertEqual(Self.problems(english: english, translated: try shipped(language)), [], language.rawValue)
        }
    }

    func testTheCheckFindsAMissingOrExtraPlaceholderAndAMissingOrExtraMessage() throws {
        let english = try POParser(file: "en.po").parse(#"""
            msgid "{email} is now a member"
            msgstr ""

            msgid "{count} line"
            msgid_plural "{count} lines"
            msgstr[0] ""
            msgstr[1] ""

            msgid "Save"
            msgstr ""
            """#)
        let translated = try POParser(file: "nl.po").parse(#"""
            msgid "{email} is now a member"
            msgstr "{mail} is nu lid"

            msgid "{count} line"
            msgid_plural "{count} lines"
            msgstr[0] "{count} regel {file}"
            msgstr[1] ""

            msgid "Open"
            msgstr "Openen"
            """#)
        XCTAssertEqual(Self.problems(english: english, translated: translated), [
            "nl.po line 1: \"{email} is now a member\" lacks {email}",
            "nl.po line 1: \"{email} is now a member\" has {mail}, which the English has not",
            "nl.po line 4: \"{count} line\" has {file}, which the English has not",
            "nl.po line 4: \"{count} line\" is not translated (or marked fuzzy)",
            "nl.po: \"Save\" is missing",
            "nl.po line 9: \"Open\" is not in the English catalog",
        ])
    }

    /// Every message the CLI words through `words.text` or `words.plural` is in the English catalog.
    func testEveryMessageTheCodeLooksUpIsInTheEnglishCatalog() throws {
        let english = try shipped(.english)
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let call = try NSRegularExpression(pattern: #"words\.(text|plural)\(\s*"((?:[^"\\]|\\.)*)"(?:,\s*"((?:[^"\\]|\\.)*)")?"#)
        var found = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let literal = { (group: Int) -> String? in
                    Range(match.range(at: group), in: text).map { String(text[$0]).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\") }
                }
                guard let id = literal(2) else { continue }
                found += 1
                let message = english.message(id)
                XCTAssertNotNil(message, "\(file.lastPathComponent): \"\(id)\" is not in en.po")
                XCTAssertEqual(message?.plural, literal(3), "\(file.lastPathComponent): \"\(id)\" has another plural in en.po")
            }
        }
        XCTAssertGreaterThan(found, 20, "the scan found the CLI's messages")
    }

    /// Every refusal of typed numbers and dates is in the English catalog.
    func testEveryReadingRefusalIsInTheEnglishCatalog() throws {
        let english = try shipped(.english)
        let euro = Currency.euro
        let refusals: [ReadingRefusal] = [
            .notANumber(text: "", example: ""), .ambiguous(text: "", thousands: "", decimal: "", mark: "", example: ""),
            .ambiguousPoints(text: "", thousands: ""), .misplacedSeparators(text: "", example: ""),
            .tooManyDecimals(text: "", decimals: 2, currency: "EUR"), .notWhole(text: ""), .tooLarge(text: ""),
            .beyondLimit(text: "", most: .zero(euro)), .otherCurrency(text: "", currency: "EUR"), .notADate(text: "", example: ""),
            .ambiguousDate(text: "", first: "", second: ""), .shortYear(text: "", example: ""), .noSuchDay(text: ""),
        ]
        for refusal in refusals {
            let sentence = refusal.sentence
            XCTAssertNotNil(english.message(sentence.template), sentence.template)
            XCTAssertEqual(MessageTemplate(sentence.template).placeholders, Set(sentence.values.keys), sentence.template)
        }
    }

    /// GNU gettext's own checker accepts every catalog (skipped where gettext is not installed).
    func testGettextsMsgfmtAcceptsEveryCatalog() throws {
        let msgfmt = ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let msgfmt else { throw XCTSkip("msgfmt (GNU gettext) is not installed") }
        for language in Language.allCases {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-\(UUID().uuidString)-\(language.rawValue).po")
            try ShippedCatalogs.text(language).write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: msgfmt)
            process.arguments = ["--check", "-o", "/dev/null", file.path]
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "msgfmt --check \(language.rawValue).po")
        }
    }

    /// What is wrong with `translated` against `english`, one line each.
    static func problems(english: Catalog, translated: Catalog) -> [String] {
        let file = "\(translated.header["Language"] ?? "nl").po"
        var problems: [String] = []
        for message in english.messages {
            guard let translation = translated.message(message.id, context: message.context) else {
                problems.append("\(file): \"\(message.id)\" is missing")
                continue
            }
            let where_ = "\(file) line \(translation.line): \"\(message.id)\""
            let expected = MessageTemplate(message.plural ?? message.id).placeholders.union(MessageTemplate(message.id).placeholders)
            for form in translation.translations where !form.isEmpty {
                let found = MessageTemplate(form).placeholders
                for name in expected.subtracting(found).sorted() { problems.append("\(where_) lacks {\(name)}") }
                for name in found.subtracting(expected).sorted() { problems.append("\(where_) has {\(name)}, which the English has not") }
            }
            if translation.plural != message.plural { problems.append("\(where_) has another msgid_plural") }
            if translation.translations.count != (message.plural == nil ? 1 : translated.pluralRule.count) || !translation.isUsable {
                problems.append("\(where_) is not translated (or marked fuzzy)")
            }
        }
        for message in translated.messages where english.message(message.id, context: message.context) == nil {
            problems.append("\(file) line \(message.line): \"\(message.id)\" is not in the English catalog")
        }
        return problems
    }
}
