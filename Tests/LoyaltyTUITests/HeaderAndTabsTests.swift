import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import XCTest

/// The header and the row of section tabs on narrow screens: what does not fit is cut with a
/// mark, never silently, and the current section is always in sight.
final class HeaderAndTabsTests: XCTestCase {
    func testALongProgrammeNameIsCutWithAnEllipsisAndTheStatusStays() throws {
        let driver = try DashboardDriver(width: 80, height: 24) { store in
            try store.updateProgram(ProgramUpdate(name: "Bakkerij De Gouden Krakeling Spaarprogramma", pointsName: "Sterren"))
        }
        let header = driver.lines[0]
        XCTAssertTrue(header.hasPrefix(" ★ Bakkerij De Gouden Krakeling"), header)
        XCTAssertTrue(header.contains("… · Sterren  Draft "), "the name is cut with …, the points name and the status follow: \(header)")
        XCTAssertTrue(header.hasSuffix("anna · :memory:"), header)
    }

    func testAtSixtyColumnsTheTabsShowWholeLabelsAndAMarkThatMoreFollow() throws {
        let driver = try DashboardDriver(width: 60, height: 20)
        driver.press(.character("1"))
        XCTAssertEqual(driver.lines[1], " 1 Overview   2 Program   3 Ways to earn   4 Rewards       ›")
    }

    func testEverySectionsTabIsInSightWhenItIsTheCurrentOne() throws {
        let driver = try DashboardDriver(width: 60, height: 20)
        for section in Section.allCases {
            driver.press(section.keys)
            let tabs = driver.lines[1]
            XCTAssertTrue(tabs.contains(" \(section.key) \(section.title)"), "\(section.title): \(tabs)")
            XCTAssertEqual(tabs.hasPrefix("‹"), section.rawValue > 3, "‹ marks the tabs before: \(tabs)")
            XCTAssertEqual(tabs.hasSuffix("›"), section != .audit, "› marks the tabs after: \(tabs)")
        }
    }
}
