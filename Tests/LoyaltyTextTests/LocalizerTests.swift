import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyText

/// Messages looked up in a catalog, their plurals chosen by the language's rule, and values
/// written as the language writes them.
final class LocalizerTests: XCTestCase {
    private let catalogs = #"""
        msgid ""
        msgstr "Plural-Forms: nplurals=3; plural=(n == 1) ? 0 : ((n == 2) ? 1 : 2);\n"

        msgid "{count} day"
        msgid_plural "{count} days"
        msgstr[0] "יום {count}"
        msgstr[1] "יומיים"
        msgstr[2] "{count} ימים"

        msgid "Balance {balance} on {day}"
        msgstr "יתרה {balance} ב-{day}"

        msgid "Broken {name}"
        msgstr "שבור {other}"
        """#

    private func hebrew() throws -> Localizer {
        Localizer(language: .hebrew, catalog: try POParser(file: "he.po").parse(catalogs), zone: TimeZone(identifier: "UTC")!)
    }

    func testThePluralFormIsChosenByTheCatalogsRule() throws {
        let words = try hebrew()
        XCTAssertEqual(words.plural("{count} day", "{count} days", count: 1), "יום 1")
        XCTAssertEqual(words.plural("{count} day", "{count} days", count: 2), "יומיים")
        XCTAssertEqual(words.plural("{count} day", "{count} days", count: 1500), "1,500 ימים")
    }

    func testValuesAreWrittenInTheLanguage() throws {
        let words = try hebrew()
        let text = words.text("Balance {balance} on {day}", ["balance": .money(Money(minorUnits: 123_456, currency: try Currency(code: "ILS"))),
                                                             "day": .moment(Date(timeIntervalSince1970: 1_796_130_300))])
        XCTAssertEqual(text, "יתרה 1,234.56\u{A0}₪ ב-1.12.2026 13:05")
    }

    func testAMessageWithoutTranslationOrWithABrokenOneIsEnglish() throws {
        let words = try hebrew()
        XCTAssertEqual(words.text("Saved {n}", ["n": .grouped(1234)]), "Saved 1,234")
        XCTAssertEqual(words.text("Broken {name}", ["name": .text("x")]), "Broken x")
        XCTAssertEqual(Localizer.english.plural("{count} day", "{count} days", count: 1), "1 day")
        XCTAssertEqual(Localizer.english.plural("{count} day", "{count} days", count: 0), "0 days")
    }

    func testTheShippedCatalogsWordTheSameMessageInEachLanguage() {
        let one = ["Made {count} person a member", "Made {count} people members"]
        func made(_ language: Language, _ count: Int64) -> String { Localizer.shipped(language).0.plural(one[0], one[1], count: count) }
        XCTAssertEqual(made(.english, 1), "Made 1 person a member")
        XCTAssertEqual(made(.english, 2), "Made 2 people members")
        XCTAssertEqual(made(.dutch, 1), "1 persoon is nu lid")
        XCTAssertEqual(made(.dutch, 1234), "1.234 personen zijn nu lid")
        XCTAssertEqual(made(.french, 0), "0 personne est maintenant membre", "French counts 0 as singular")
        XCTAssertEqual(made(.french, 2), "2 personnes sont maintenant membres")
        XCTAssertEqual(made(.hebrew, 1), "1 איש הפך לחבר/ה")
        XCTAssertEqual(made(.hebrew, 3), "3 אנשים הפכו לחברים")
    }

    func testSentencesFromTheCoreAreTranslatedWithTheirValues() {
        let sentence = Sentence("\"{text}\" is too large an amount; at most {most}",
                                ["text": .text("x"), "most": .money(Money(minorUnits: Limits.maximumMoney, currency: .euro))])
        XCTAssertEqual(Localizer.shipped(.dutch).0.words(sentence), "\"x\" is een te groot bedrag; hoogstens €\u{A0}10.000.000.000,00")
        XCTAssertEqual(Localizer.english.words(sentence), sentence.english.replacingOccurrences(of: "10,000,000,000.00 EUR", with: "€10,000,000,000.00"))
    }
}
