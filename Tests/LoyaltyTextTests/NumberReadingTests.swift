import XCTest
import LoyaltyCore
@testable import LoyaltyText

/// Points and amounts typed as each language writes them; what could be read two ways is refused.
final class NumberReadingTests: XCTestCase {
    private func money(_ text: String, _ language: Language, _ code: String = "EUR") throws -> Int64 {
        try NumberReading(language).money(text, currency: try Currency(code: code)).minorUnits
    }

    private func refusal(_ text: String, _ language: Language, points: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> ReadingRefusal? {
        do {
            if points { _ = try NumberReading(language).points(text) } else { _ = try NumberReading(language).money(text, currency: .euro) }
            XCTFail("\"\(text)\" was read in \(language)", file: file, line: line)
        } catch {
            return error
        }
        return nil
    }

    func testADecimalCommaIsReadWhereTheLanguageWritesOne() throws {
        XCTAssertEqual(try money("12,50", .dutch), 1250)
        XCTAssertEqual(try money("12,5", .french), 1250)
        XCTAssertEqual(try money("1.234,56", .dutch), 123_456)
        XCTAssertEqual(try money("1 234,56", .french), 123_456)
        XCTAssertEqual(try money("1\u{202F}234,56", .french), 123_456)
        XCTAssertEqual(try money("1\u{A0}234\u{A0}567,89", .french), 123_456_789)
        XCTAssertEqual(try money("-0,50", .dutch), -50)
    }

    func testADecimalPointIsReadWhereTheLanguageWritesOne() throws {
        XCTAssertEqual(try money("12.50", .english), 1250)
        XCTAssertEqual(try money("1,234.56", .hebrew), 123_456)
        XCTAssertEqual(try money("1,234,567", .english), 123_456_700)
        XCTAssertEqual(try money(".5", .english), 50)
    }

    func testAMarkThatCanBeReadOneWayOnlyIsReadInEveryLanguage() throws {
        XCTAssertEqual(try money("12.50", .dutch), 1250, "a point before two digits cannot group thousands")
        XCTAssertEqual(try money("12,50", .english), 1250)
        XCTAssertEqual(try money("1,234.56", .french), 123_456, "both marks: the last one is the decimal mark")
        XCTAssertEqual(try money("1.234.567", .english), 123_456_700, "a mark twice groups thousands")
        XCTAssertEqual(try money("0,125", .french, "KWD"), 125, "0 cannot start a group of thousands")
        XCTAssertEqual(try money("1234,567", .dutch, "KWD"), 1_234_567, "four digits cannot start a group of thousands")
    }

    func testTheCurrencySignOrCodeMayStandOnEitherSide() throws {
        XCTAssertEqual(try money("€ 1.234,56", .dutch), 123_456)
        XCTAssertEqual(try money("1 234,56 €", .french), 123_456)
        XCTAssertEqual(try money("\u{200F}1,234.56\u{A0}₪", .hebrew, "ILS"), 123_456)
        XCTAssertEqual(try money("-€12.50", .english), -1250)
        XCTAssertEqual(try money("€ -12,50", .dutch), -1250)
        XCTAssertEqual(try money("12,50 eur", .french), 1250)
        XCTAssertEqual(refusal("$12.50", .english), .otherCurrency(text: "$12.50", currency: "EUR"))
        XCTAssertEqual(refusal("12,50 USD", .dutch), .otherCurrency(text: "12,50 USD", currency: "EUR"))
    }

    func testOneMarkBeforeThreeDigitsIsRefusedAsAmbiguous() {
        XCTAssertEqual(refusal("1.234", .dutch), .ambiguous(text: "1.234", thousands: "1234", decimal: "1,234", mark: ",", example: "12,50"))
        XCTAssertEqual(refusal("1,234", .english), .ambiguous(text: "1,234", thousands: "1234", decimal: "1.234", mark: ".", example: "12.50"))
        XCTAssertEqual(refusal("€ 12,345", .french), .ambiguous(text: "€ 12,345", thousands: "12345", decimal: "12,345", mark: ",", example: "12,50"))
        XCTAssertEqual(refusal("1.234", .dutch, points: true), .ambiguousPoints(text: "1.234", thousands: "1234"))
    }

    func testTheAmbiguityIsExplainedInTheLanguage() {
        let refusal = refusal("1.234", .dutch)!
        let dutch = Localizer.shipped(.dutch).0
        XCTAssertEqual(dutch.words(refusal.sentence),
                       "\"1.234\" is dubbelzinnig: het kan 1234 of 1,234 zijn; schrijf 1234 zonder scheidingsteken, of decimalen na \",\" zoals in 12,50")
        XCTAssertEqual(Localizer.english.words(self.refusal("1,234", .english)!.sentence),
                       "\"1,234\" is ambiguous: it could be 1234 or 1.234; write 1234 without a separator, or decimals after \".\" as in 12.50")
    }

    func testMisplacedSeparatorsAndOtherTextAreRefused() {
        XCTAssertEqual(refusal("1.23.456", .dutch), .misplacedSeparators(text: "1.23.456", example: "1.234.567,89"))
        XCTAssertEqual(refusal("1,234,56", .english), .misplacedSeparators(text: "1,234,56", example: "1,234,567.89"))
        XCTAssertEqual(refusal("12,50,", .dutch), .notANumber(text: "12,50,", example: "12,50"))
        XCTAssertEqual(refusal("1,234.567.8", .english), .misplacedSeparators(text: "1,234.567.8", example: "1,234,567.89"))
        XCTAssertEqual(refusal("12,5O", .dutch), .notANumber(text: "12,5O", example: "12,50"))
        XCTAssertEqual(refusal("1..5", .english), .notANumber(text: "1..5", example: "12.50"))
        XCTAssertEqual(refusal("", .english), .notANumber(text: "", example: "12.50"))
        XCTAssertEqual(refusal("--5", .english), .notANumber(text: "--5", example: "12.50"))
    }

    func testDecimalsAndSizeAreChecked() {
        XCTAssertEqual(refusal("12,505", .dutch), .ambiguous(text: "12,505", thousands: "12505", decimal: "12,505", mark: ",", example: "12,50"))
        XCTAssertEqual(refusal("12,5055", .dutch), .tooManyDecimals(text: "12,5055", decimals: 2, currency: "EUR"))
        XCTAssertEqual(refusal("10.000.000.001", .dutch), .beyondLimit(text: "10.000.000.001", most: Money(minorUnits: Limits.maximumMoney, currency: .euro)))
        XCTAssertEqual(refusal("12,5", .dutch, points: true), .notWhole(text: "12,5"))
        XCTAssertEqual(refusal("99999999999999999999", .english, points: true), .tooLarge(text: "99999999999999999999"))
    }

    func testPointsAreWholeNumbersInEveryLanguage() throws {
        XCTAssertEqual(try NumberReading(.dutch).points("1.250.000"), 1_250_000)
        XCTAssertEqual(try NumberReading(.french).points("1 250"), 1250, "grouped by a space alone")
        XCTAssertEqual(try NumberReading(.hebrew).points("-20"), -20)
        XCTAssertEqual(try NumberReading(.english).points(" 40 "), 40)
    }
}
