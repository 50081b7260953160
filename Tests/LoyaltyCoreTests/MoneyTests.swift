import XCTest
import LoyaltyCore

final class MoneyTests: XCTestCase {
    func testParsesShopAmountsIntoMinorUnits() throws {
        XCTAssertEqual(eur("29.35").minorUnits, 2935)
        XCTAssertEqual(eur("5").minorUnits, 500)
        XCTAssertEqual(eur("4.9").minorUnits, 490)
        XCTAssertEqual(eur(".5").minorUnits, 50)
        XCTAssertEqual(eur("-3.10").minorUnits, -310)
        XCTAssertEqual(eur("+7.01").minorUnits, 701)
        XCTAssertEqual(eur("  12.50 \n").minorUnits, 1250)
        XCTAssertEqual(eur("0").minorUnits, 0)
    }

    func testYenHasNoDecimals() throws {
        let yen = try Currency(code: "jpy")
        XCTAssertEqual(yen.code, "JPY")
        XCTAssertEqual(yen.exponent, 0)
        XCTAssertEqual(try Money.parse("500", currency: yen).minorUnits, 500)
        XCTAssertEqual(try Money.parse("500", currency: yen).description, "500 JPY")
        XCTAssertTrue(errorMessage { _ = try Money.parse("500.5", currency: yen) }.contains("more than 0 decimals for JPY"))
    }

    func testThreeDecimalCurrency() throws {
        let dinar = try Currency(code: "KWD")
        XCTAssertEqual(dinar.minorPerUnit, 1000)
        XCTAssertEqual(try Money.parse("1.5", currency: dinar).minorUnits, 1500)
        XCTAssertEqual(Money(minorUnits: 1005, currency: dinar).decimalString, "1.005")
    }

    func testRefusesAmountsThatAreNotNumbersWithAHelpfulMessage() {
        for bad in ["", "   ", "abc", "12,5O", "1,234.50", "1.2.3", "5.", ".", "-", "1e3", "€5", "12 50", "٣"] {
            let message = errorMessage { _ = try Money.parse(bad, currency: .euro) }
            XCTAssertTrue(message.contains("is not an amount of money; write it like 12.50"), "\(bad): \(message)")
        }
    }

    func testRefusesTooManyDecimals() {
        XCTAssertEqual(errorMessage { _ = try Money.parse("4.999", currency: .euro) }, "\"4.999\" has more than 2 decimals for EUR")
    }

    func testRefusesAmountsTooLargeToStore() {
        XCTAssertTrue(errorMessage { _ = try Money.parse("12345678901234567", currency: .euro) }.contains("too large"))
        XCTAssertTrue(errorMessage { _ = try Money.parse("999999999999999.99", currency: .euro) }.contains("too large"))
        XCTAssertEqual(eur("10000000000.00").minorUnits, 1_000_000_000_000)
    }

    func testFormatsWithPaddedMinorUnitsAndSign() {
        XCTAssertEqual(Money(minorUnits: 499, currency: .euro).decimalString, "4.99")
        XCTAssertEqual(Money(minorUnits: 5, currency: .euro).decimalString, "0.05")
        XCTAssertEqual(Money(minorUnits: -50, currency: .euro).decimalString, "-0.50")
        XCTAssertEqual(Money(minorUnits: 100_000, currency: .euro).description, "1000.00 EUR")
    }

    func testFormattingRoundTripsThroughParsing() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let minor = Int64.random(in: -10_000_000...10_000_000, using: &generator)
            let money = Money(minorUnits: minor, currency: .euro)
            XCTAssertEqual(try Money.parse(money.decimalString, currency: .euro), money)
        }
    }

    func testCurrencyCodeMustBeThreeLetters() {
        XCTAssertEqual(try Currency(code: "usd").exponent, 2)
        for bad in ["EU", "EURO", "E1R", ""] {
            XCTAssertTrue(errorMessage { _ = try Currency(code: bad) }.contains("is not a three-letter ISO code"), bad)
        }
    }
}
