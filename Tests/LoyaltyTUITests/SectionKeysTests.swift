import LoyaltyTUI
import Terminal
import XCTest

/// Sections on the keyboard: 1…9 and 0 for the first ten, `:` and the number for any later one,
/// so a section added after the tenth never lands on another section's key.
final class SectionKeysTests: XCTestCase {
    func testTheFirstTenAreOnTheDigitsAndLaterOnesOnTheCommandLine() {
        XCTAssertEqual((1...10).map { SectionKeys.label(number: $0) }, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"])
        XCTAssertEqual(SectionKeys.label(number: 11), ":11")
        XCTAssertEqual(SectionKeys.label(number: 20), ":20", "not the tenth section's 0")
        XCTAssertEqual(SectionKeys.presses(number: 12), [.character(":"), .character("1"), .character("2"), .enter])
        XCTAssertEqual(SectionKeys.presses(number: 4), [.character("4")])
    }

    func testNoTwoSectionsShareKeysHoweverManyThereAre() {
        let labels = (1...30).map { SectionKeys.label(number: $0) }
        XCTAssertEqual(Set(labels).count, labels.count, labels.joined(separator: " "))
    }

    func testEverySectionsKeysLeadToIt() throws {
        let driver = try DashboardDriver()
        for section in Section.allCases {
            driver.press(Section.overview.keys)
            for key in section.keys { driver.press(key) }
            XCTAssertEqual(driver.state.section, section, section.title)
        }
    }

    func testTheCommandLineTakesASectionsNumber() throws {
        let driver = try DashboardDriver()
        driver.press(.character(":"))
        driver.type("10")
        driver.press(.enter)
        XCTAssertEqual(driver.state.section, .audit)
    }
}
