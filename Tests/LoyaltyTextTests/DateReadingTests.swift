import Foundation
import XCTest
@testable import LoyaltyText

/// Days typed as each language writes them; a day that could be read two ways is refused.
final class DateReadingTests: XCTestCase {
    private func day(_ text: String, _ language: Language) throws -> [Int] {
        let moment = try DateReading(language).moment(text)
        return [moment.year, moment.month, moment.day] + [moment.hour, moment.minute].compactMap { $0 }
    }

    private func refusal(_ text: String, _ language: Language) -> ReadingRefusal? {
        do { _ = try DateReading(language).moment(text) } catch { return error }
        return nil
    }

    func testTheDayComesFirstInDutchFrenchAndHebrew() throws {
        XCTAssertEqual(try day("1-12-2026", .dutch), [2026, 12, 1])
        XCTAssertEqual(try day("01/12/2026", .french), [2026, 12, 1])
        XCTAssertEqual(try day("1.12.2026", .hebrew), [2026, 12, 1])
        XCTAssertEqual(try day("3/4/2026 14:05", .dutch), [2026, 4, 3, 14, 5])
    }

    func testYearMonthDayIsReadInEveryLanguage() throws {
        for language in Language.allCases {
            XCTAssertEqual(try day("2026-12-01", language), [2026, 12, 1])
            XCTAssertEqual(try day("2026-12-01T09:30", language), [2026, 12, 1, 9, 30])
        }
    }

    func testEnglishRefusesADayThatCouldBeReadTwoWays() throws {
        XCTAssertEqual(refusal("01/12/2026", .english), .ambiguousDate(text: "01/12/2026", first: "2026-12-01", second: "2026-01-12"))
        XCTAssertEqual(try day("25/12/2026", .english), [2026, 12, 25])
        XCTAssertEqual(try day("12/25/2026", .english), [2026, 12, 25])
        XCTAssertEqual(try day("5/5/2026", .english), [2026, 5, 5], "both readings are the same day")
    }

    func testShortYearsImpossibleDaysAndOtherTextAreRefused() {
        XCTAssertEqual(refusal("1-12-26", .dutch), .shortYear(text: "1-12-26", example: "1-12-2026"))
        XCTAssertEqual(refusal("31/02/2026", .french), .noSuchDay(text: "31/02/2026"))
        XCTAssertEqual(refusal("29.2.2027", .hebrew), .noSuchDay(text: "29.2.2027"))
        XCTAssertNil(refusal("29.2.2028", .hebrew), "a leap day")
        XCTAssertEqual(refusal("1-12/2026", .dutch), .notADate(text: "1-12/2026", example: "1-12-2026"))
        XCTAssertEqual(refusal("2026/12/01", .french), .notADate(text: "2026/12/01", example: "01/12/2026"))
        XCTAssertEqual(refusal("1-12-2026 25:00", .dutch), .notADate(text: "1-12-2026 25:00", example: "1-12-2026"))
        XCTAssertEqual(refusal("morgen", .dutch), .notADate(text: "morgen", example: "1-12-2026"))
    }

    func testATypedDayIsMidnightInTheZoneGiven() throws {
        let zone = TimeZone(identifier: "Asia/Jerusalem")!
        let moment = try DateReading(.hebrew).moment("1.12.2026")
        XCTAssertEqual(moment.date(in: zone), Date(timeIntervalSince1970: 1_796_083_200 - 2 * 3600))
    }
}
