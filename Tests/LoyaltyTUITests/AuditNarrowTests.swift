import Foundation
@testable import LoyaltyTUI
import XCTest

/// The audit log on a narrow screen: the other columns give way before the time of a change.
final class AuditNarrowTests: XCTestCase {
    func testTheTimeOfEveryChangeIsWholeAt80Columns() throws {
        let driver = try DashboardDriver.launchedShop(width: 80, height: 24)
        driver.press(.character("0"))
        let when = DisplayFormat.dayAndTime(DashboardDriver.shopDay, .english)
        let rows = driver.lines.filter { $0.contains("│2025-") }
        XCTAssertFalse(rows.isEmpty, driver.screen)
        for row in rows { XCTAssertTrue(row.contains("│\(when) "), "\(row)\n\(driver.screen)") }
    }
}
