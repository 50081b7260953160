import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyText

/// Numbers, money and dates written as each language writes them.
final class LocalStyleTests: XCTestCase {
    private let nbsp = "\u{A0}", narrow = "\u{202F}", rlm = "\u{200F}"
    private func euros(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .euro) }
    private func style(_ language: Language, marks: Bool = false) -> LocalStyle { LocalStyle(language, marksDirection: marks) }

    func testNumbersGroupThousandsAsEachLanguageDoes() {
        XCTAssertEqual(style(.english).number(1_234_567), "1,234,567")
        XCTAssertEqual(style(.dutch).number(1_234_567), "1.234.567")
        XCTAssertEqual(style(.french).number(1_234_567), "1\(narrow)234\(narrow)567")
        XCTAssertEqual(style(.hebrew).number(-1234), "-1,234")
        XCTAssertEqual(style(.dutch).number(999), "999")
        XCTAssertEqual(style(.dutch).number(Int64.min), "-9.223.372.036.854.775.808")
    }

    func testMoneyKeepsItsSymbolWhereTheLanguagePutsIt() {
        XCTAssertEqual(style(.english).money(euros(123_456)), "€1,234.56")
        XCTAssertEqual(style(.dutch).money(euros(123_456)), "€\(nbsp)1.234,56")
        XCTAssertEqual(style(.french).money(euros(123_456)), "1\(narrow)234,56\(nbsp)€")
        let shekels = Money(minorUnits: 123_456, currency: try! Currency(code: "ILS"))
        XCTAssertEqual(style(.hebrew, marks: true).money(shekels), "\(rlm)1,234.56\(nbsp)₪")
        XCTAssertEqual(style(.hebrew).money(shekels), "1,234.56\(nbsp)₪", "no mark for a terminal")
    }

    func testNegativeAmountsAndCurrenciesWithoutASign() throws {
        XCTAssertEqual(style(.english).money(euros(-50)), "-€0.50")
        XCTAssertEqual(style(.dutch).money(euros(-123_456)), "€\(nbsp)-1.234,56")
        XCTAssertEqual(style(.french).money(euros(-5)), "-0,05\(nbsp)€")
        let francs = Money(minorUnits: 1_000_00, currency: try Currency(code: "CHF"))
        XCTAssertEqual(style(.english).money(francs), "CHF\(nbsp)1,000.00")
        XCTAssertEqual(style(.dutch).money(francs), "CHF\(nbsp)1.000,00")
        let yen = Money(minorUnits: 5000, currency: try Currency(code: "JPY"))
        XCTAssertEqual(style(.french).money(yen), "5\(narrow)000\(nbsp)¥")
    }

    func testAmountsAsTypedUseTheDecimalMarkWithoutGrouping() {
        XCTAssertEqual(style(.dutch).amount(euros(123_450)), "1234,50")
        XCTAssertEqual(style(.hebrew).amount(euros(1250)), "12.50")
    }

    func testDaysPutTheDayFirstExceptInEnglishWhichStaysIso() {
        let zone = TimeZone(identifier: "Europe/Brussels")!
        // 2026-12-01 13:05 UTC is 14:05 in Brussels.
        let moment = Date(timeIntervalSince1970: 1_796_130_300)
        XCTAssertEqual(style(.english).moment(moment, in: zone), "2026-12-01 14:05")
        XCTAssertEqual(style(.dutch).moment(moment, in: zone), "1-12-2026 14:05")
        XCTAssertEqual(style(.french).moment(moment, in: zone), "01/12/2026 14:05")
        XCTAssertEqual(style(.hebrew).day(moment, in: zone), "1.12.2026")
        XCTAssertEqual(style(.dutch).day(moment, in: TimeZone(identifier: "Pacific/Kiritimati")!), "2-12-2026", "the day in the zone asked for")
    }

    func testLongDaysNameTheMonth() {
        let zone = TimeZone(identifier: "UTC")!
        let first = Date(timeIntervalSince1970: 1_796_083_200)            // 2026-12-01
        let second = Date(timeIntervalSince1970: 1_796_083_200 + 86_400)
        XCTAssertEqual(style(.english).longDay(first, in: zone), "1 December 2026")
        XCTAssertEqual(style(.dutch).longDay(first, in: zone), "1 december 2026")
        XCTAssertEqual(style(.french).longDay(first, in: zone), "1er décembre 2026")
        XCTAssertEqual(style(.french).longDay(second, in: zone), "2 décembre 2026")
        XCTAssertEqual(style(.hebrew).longDay(first, in: zone), "1 בדצמבר 2026")
    }
}
