import XCTest
@testable import LoyaltyText

/// The operator's language from the environment, by gettext's rules, without installed locales.
final class LanguageChoiceTests: XCTestCase {
    private func language(_ environment: [String: String]) -> Language { LanguageChoice.fromEnvironment(environment) }

    func testTheLocaleOfMessagesIsLcAllThenLcMessagesThenLang() {
        XCTAssertEqual(language(["LANG": "nl_BE.UTF-8"]), .dutch)
        XCTAssertEqual(language(["LANG": "nl_BE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"]), .french)
        XCTAssertEqual(language(["LANG": "nl_BE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "he_IL.UTF-8"]), .hebrew)
        XCTAssertEqual(language(["LANG": "fr_CA", "LC_ALL": ""]), .french, "an empty variable is ignored")
        XCTAssertEqual(language(["LANG": "iw_IL.UTF-8"]), .hebrew)
        XCTAssertEqual(language(["LANG": "fr_BE@euro"]), .french)
    }

    func testNothingSetOrTheCLocaleIsEnglish() {
        XCTAssertEqual(language([:]), .english)
        XCTAssertEqual(language(["LANG": "C.UTF-8"]), .english)
        XCTAssertEqual(language(["LANG": "POSIX"]), .english)
        XCTAssertEqual(language(["LANG": "nl_NL.UTF-8", "LC_ALL": "C"]), .english)
    }

    func testLanguageIsAPriorityListUsedOnlyOutsideTheCLocale() {
        XCTAssertEqual(language(["LANG": "nl_BE.UTF-8", "LANGUAGE": "fr:nl"]), .french)
        XCTAssertEqual(language(["LANG": "nl_BE.UTF-8", "LANGUAGE": "de:he_IL:fr"]), .hebrew, "the first language Loyalty speaks")
        XCTAssertEqual(language(["LANG": "fr_FR.UTF-8", "LANGUAGE": "de:es"]), .french, "none spoken: the locale's language")
        XCTAssertEqual(language(["LANG": "fr_FR.UTF-8", "LANGUAGE": "en:fr"]), .english)
        XCTAssertEqual(language(["LANG": "fr_FR.UTF-8", "LANGUAGE": ""]), .french)
        XCTAssertEqual(language(["LANG": "C.UTF-8", "LANGUAGE": "nl"]), .english, "LANGUAGE is ignored in the C locale")
        XCTAssertEqual(language(["LANGUAGE": "nl"]), .english, "no locale at all is the C locale")
    }

    func testALanguageLoyaltyDoesNotSpeakIsEnglish() {
        XCTAssertEqual(language(["LANG": "de_DE.UTF-8"]), .english)
    }

    func testTheLangOptionWinsAndIsChecked() throws {
        XCTAssertEqual(try LanguageChoice.resolve(option: "he", environment: ["LANG": "nl_BE.UTF-8"]), .hebrew)
        XCTAssertEqual(try LanguageChoice.resolve(option: "FR", environment: [:]), .french)
        XCTAssertEqual(try LanguageChoice.resolve(option: nil, environment: ["LANG": "nl_BE.UTF-8"]), .dutch)
        XCTAssertThrowsError(try LanguageChoice.resolve(option: "de", environment: [:])) { error in
            XCTAssertEqual((error as? UnknownLanguage)?.message, "--lang \"de\" is not a language Loyalty speaks; choose one of: en, nl, fr, he")
        }
    }
}
