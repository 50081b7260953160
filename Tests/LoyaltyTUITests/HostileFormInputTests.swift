import XCTest
import LoyaltyCore
@testable import LoyaltyTUI

/// The dashboard's forms refuse what the CLI refuses: an address that would add a mail recipient,
/// a name with an escape sequence. The form stays open with what was typed.
final class HostileFormInputTests: XCTestCase {
    func testTheAddMemberFormRefusesAnAddressThatWouldAddARecipient() throws {
        let driver = try DashboardDriver.launchedShop()
        let before = try driver.store.statistics().memberCount
        driver.press(.character("7"), .character("a"))
        driver.type("Mallory")
        driver.press(.tab)
        driver.type("x@example.com>,<root")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("\"x@example.com>,<root\" is not an e-mail"), driver.screen)
        XCTAssertTrue(driver.screen.contains("x@example.com>,<root"), "the form keeps what was typed")
        XCTAssertEqual(try driver.store.statistics().memberCount, before)
    }

    func testTheAddMemberFormRefusesAControlCharacterInTheName() throws {
        let driver = try DashboardDriver.launchedShop()
        let before = try driver.store.statistics().memberCount
        driver.press(.character("7"), .character("a"))
        driver.type("Mal\u{07}lory")
        driver.press(.tab)
        driver.type("mallory@example.com")
        driver.press(.enter)
        XCTAssertEqual(try driver.store.statistics().memberCount, before, driver.screen)
    }
}
