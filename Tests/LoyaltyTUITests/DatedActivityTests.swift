import XCTest
import LoyaltyCore
import LoyaltyStore

/// The member view shows each entry on the day it happened, ordered by it, and says when an entry
/// was recorded on another day; the joined date follows the first order.
final class DatedActivityTests: XCTestCase {
    func testAnOrderRecordedLateShowsOnItsOwnDayBelowLaterEntriesWithItsRecordedDay() throws {
        let driver = try DashboardDriver.launchedShop(width: 120, height: 20)
        let placed = DashboardDriver.day(2025, 1, 10, in: driver.store).addingTimeInterval(12 * 3_600)
        try driver.store.record(EarningEvent(kind: .order, externalID: "977", email: "zoe@example.com",
                                             amount: Money(minorUnits: 1_000, currency: .euro), occurredAt: placed))
        driver.press(.character("7"), .enter)
        let screen = driver.screen
        XCTAssertTrue(screen.contains("Earned 220 · redeemed 0 · joined 2025-01-10"), screen)
        let given = try XCTUnwrap(driver.lines.firstIndex { $0.contains("2025-03-14 Given") }, screen)
        let earned = try XCTUnwrap(driver.lines.firstIndex { $0.contains("2025-01-10 Earned") }, screen)
        XCTAssertEqual(earned, given + 1, "newest first by when it happened")
        XCTAssertTrue(driver.lines[earned].contains("· recorded 2025-03-14"), driver.lines[earned])
        XCTAssertFalse(driver.lines[given].contains("recorded"), "an entry recorded as it happened says nothing more")
    }
}
