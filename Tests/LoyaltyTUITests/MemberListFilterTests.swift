import Foundation
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// The member list filtered by status and tier (`f`) and sorted by name, balance or last activity
/// (`o`), the list's top line saying what it shows, and Esc showing everyone again.
final class MemberListFilterTests: XCTestCase {
    /// The launched shop with a Gold tier from 200 Stars earned, so 山田 太郎 (300) is Gold.
    private func shop(extraMembers: Int = 0) throws -> DashboardDriver {
        let driver = try DashboardDriver(now: DashboardDriver.shopDay) { store in
            _ = try store.addTier(Tier(name: "Gold", threshold: 200))
            try DashboardDriver.launch(store, extraMembers: extraMembers)
        }
        driver.press(.character("7"))
        return driver
    }

    /// The names in the list's rows, top to bottom.
    /// The names as drawn: Hebrew in visual order (ןהכ םולש is שלום כהן).
    private func names(_ driver: DashboardDriver) -> [String] {
        driver.lines[4...].compactMap { line -> String? in
            guard let start = line.firstIndex(of: "│"), let end = line.lastIndex(of: "│"), start < end else { return nil }
            let cells = line[line.index(after: start)..<end].split(separator: " ", omittingEmptySubsequences: true)
            guard let emailIndex = cells.firstIndex(where: { $0.contains("@") }) else { return nil }
            return cells[..<emailIndex].joined(separator: " ")
        }
    }

    func testFShowsOnlyTheStatusAndTierChosenAndSaysSoOnTop() throws {
        let driver = try shop()
        XCTAssertEqual(try driver.store.member(email: "yamada@example.jp").tierName, "Gold")
        driver.press(.character("f"))
        XCTAssertTrue(driver.screen.contains("Show members"), driver.screen)
        driver.press(.right, .tab, .right, .enter)  // Status: Member; Tier: Base
        XCTAssertNil(driver.state.modal, driver.screen)
        XCTAssertEqual(driver.lines[2], " 1 Overview         │ Showing: members · tier Base · by name                                       │")
        XCTAssertEqual(names(driver), ["Zoë Jansen"])
        XCTAssertTrue(driver.lines[29].hasPrefix("Enter Open  a Add member  Space Mark  Esc Show everyone  f Filter  o Order"), driver.lines[29])

        driver.press(.character("f"), .tab, .right, .enter)  // the form opens on the filter in force: Tier Base → Gold
        XCTAssertTrue(driver.lines[2].contains("Showing: members · tier Gold · by name"), driver.lines[2])
        XCTAssertEqual(names(driver), ["山田 太郎"])

        driver.press(.character("f"), .right, .enter)  // Member → Visitor, still Gold: no one
        XCTAssertEqual(names(driver), [])
        XCTAssertTrue(driver.screen.contains("No one shown: Esc shows everyone"), driver.screen)

        driver.press(.escape)
        XCTAssertTrue(driver.lines[2].contains("/ finds a member by name or e-mail · 3 people"), driver.lines[2])
        XCTAssertEqual(names(driver), ["Zoë Jansen", "ןהכ םולש", "山田 太郎"])
    }

    func testOGoesRoundTheOrdersHighestBalanceThenMostRecentlyActive() throws {
        let driver = try shop()
        driver.store.now = { DashboardDriver.shopDay.addingTimeInterval(86_400) }
        _ = try driver.store.give(email: "shalom@example.org", points: 1, reason: "a day later")
        driver.press(.character("r"))
        driver.press(.character("o"))
        XCTAssertTrue(driver.lines[2].contains("Showing: everyone · highest balance first"), driver.lines[2])
        XCTAssertEqual(names(driver), ["山田 太郎", "Zoë Jansen", "ןהכ םולש"])
        driver.press(.character("o"))
        XCTAssertTrue(driver.lines[2].contains("Showing: everyone · most recently active first"), driver.lines[2])
        XCTAssertEqual(names(driver).first, "ןהכ םולש")
        driver.press(.character("o"))
        XCTAssertTrue(driver.lines[2].contains("/ finds a member"), "back to name order: \(driver.lines[2])")
    }

    func testAFilteredListPagesToItsEndAndBackShowingOnlyWhatItMatches() throws {
        let driver = try shop(extraMembers: 400)
        driver.press(.character("f"), .right, .right, .enter)  // visitors only: שלום כהן among 403
        XCTAssertEqual(names(driver), ["ןהכ םולש"])
        driver.press(.character("f"), .left, .enter)  // members, 402 of them, by name
        driver.press(.character("G"))
        XCTAssertEqual(names(driver).suffix(2), ["Zoë Jansen", "山田 太郎"])
        for _ in 0..<20 { driver.press(.pageUp) }
        XCTAssertEqual(names(driver).prefix(2), ["Member 000", "Member 001"])
        for _ in 0..<20 {
            XCTAssertFalse(driver.screen.contains("Visitor"), driver.screen)
            driver.press(.pageDown)
        }
        XCTAssertEqual(names(driver).last, "山田 太郎")
    }

    func testFAndOAreNotOfferedWhileSearching() throws {
        let driver = try shop()
        driver.press(.character("/"))
        driver.type("zo")
        driver.press(.enter)
        XCTAssertFalse(driver.lines[29].contains("f Filter"), driver.lines[29])
        driver.press(.character("o"))
        XCTAssertEqual(driver.state.members.window.sort, .name)
    }
}
