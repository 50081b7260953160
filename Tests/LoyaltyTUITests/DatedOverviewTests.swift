import XCTest
import LoyaltyCore
import LoyaltyStore

/// The Overview's charts count points on the day they were earned or spent, not the day they were
/// recorded: an order imported late shows on its own day.
final class DatedOverviewTests: XCTestCase {
    func testAnOrderRecordedTodayThatWasPlacedTenDaysAgoShowsTenDaysAgoInTheChart() throws {
        let driver = try DashboardDriver.launchedShop(width: 100, height: 30)
        let placed = DashboardDriver.shopDay.addingTimeInterval(-10 * 86_400)
        try driver.store.record(EarningEvent(kind: .order, externalID: "977", email: "zoe@example.com",
                                             amount: Money(minorUnits: 9_200, currency: .euro), occurredAt: placed))
        driver.press(.character("r"))
        XCTAssertEqual(driver.lines(9...16), """
             8 Review & launch  │ Issued per day, last 30 days                        Members per tier         │
             9 Pages preview    │ max 920                                             Base ██████████████████ 3│
             0 Audit log        │                    █                                                         │
                                │                    █                                                         │
                                │                    █                                                         │
                                │                    █         ▄                                               │
                                │                    █         █                                               │
                                │                    █         █                                               │
            """, "920 on 4 March (10 columns left of today), the opening gifts' 460 today")
    }
}
