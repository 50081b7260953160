import XCTest
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI

/// Where the dashboard opens: a programme not yet launched on Review & launch, the checklist of
/// what it still needs; a launched one on the Overview.
final class OpeningSectionTests: XCTestCase {
    func testAnEmptyDatabaseOpensOnReviewAndLaunch() throws {
        let store = try Store.inMemory(actor: "anna")
        let driver = try DashboardDriver(store: store)
        XCTAssertEqual(driver.state.section, .review)
        XCTAssertTrue(driver.screen.contains("┌─ Review & launch"), driver.screen)
        XCTAssertTrue(driver.screen.contains("✗"), "what is missing is marked:\n\(driver.screen)")
    }

    func testALaunchedProgrammeOpensOnTheOverview() throws {
        let driver = try DashboardDriver.launchedShop()
        XCTAssertEqual(driver.state.section, .overview)
        XCTAssertTrue(driver.screen.contains("┌─ Overview"), driver.screen)
    }

    func testTheDraftDemoOpensReadyToLaunchAndEnterLaunchesIt() throws {
        let store = try Store.inMemory(actor: "anna")
        _ = try store.buildDemo(DemoOptions(members: 0, launched: false))
        let driver = try DashboardDriver(store: store)
        XCTAssertTrue(driver.screen.contains("Ready. Press Enter to launch the programme."), driver.screen)
        XCTAssertFalse(driver.screen.contains("✗"), driver.screen)
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("│ Launch Café Aurora Rewards? Customers start earning      │"), driver.screen)
        driver.press(.character("y"))
        XCTAssertEqual(try store.program().status, .active)
        XCTAssertEqual(try store.check(), [])
    }
}
