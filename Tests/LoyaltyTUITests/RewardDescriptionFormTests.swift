import XCTest
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI

/// The reward form's "Customers read" field: what customers get, in their words, which the pages
/// show instead of the product's SKU.
final class RewardDescriptionFormTests: XCTestCase {
    func testADescriptionTypedInTheFormIsWhatThePagesShow() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("8"))
        XCTAssertTrue(driver.screen.contains("! Free cake shows customers \"A free product\": press 4, e to name it"), driver.screen)
        driver.press(.character("4"), .down, .enter)
        XCTAssertEqual(driver.state.form?.title, "Edit reward Free cake")
        for _ in 0..<7 { driver.press(.tab) }
        XCTAssertTrue(driver.screen.contains("what they get, by the product's name"), driver.screen)
        driver.type("A slice of the cake of the day")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal, driver.screen)
        XCTAssertEqual(try driver.store.rewards().first { $0.name == "Free cake" }?.description, "A slice of the cake of the day")
        driver.press(.character("9"))
        XCTAssertTrue(driver.screen.contains("· Free cake: A slice of the cake of the day for 250 Stars"), driver.screen)
        XCTAssertFalse(driver.screen.contains("CAKE"), driver.screen)
        driver.press(.character("8"))
        XCTAssertFalse(driver.screen.contains("Free cake shows customers"), driver.screen)
    }
}
