import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal

/// The Program form switching expiry on while members hold points: it says what will happen, with
/// the real figures, before it saves; Enter again saves it.
final class HeldPointsExpiryFormTests: XCTestCase {
    /// The screen's text without the box lines, as running text (the form wraps its messages).
    func runningText(_ shop: DashboardDriver) -> String {
        shop.screen.replacingOccurrences(of: "│", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Opens the Program form and types `months` into "Expire after months".
    func typeExpiry(_ shop: DashboardDriver, months: String) {
        shop.press(.character("2"), .character("e"))
        for _ in 0..<5 { shop.press(.tab) }
        shop.press(.ctrl("u"))
        shop.type(months)
    }

    func testTheFormSaysWhatHappensToHeldPointsBeforeItSaves() throws {
        let shop = try DashboardDriver.launchedShop()
        typeExpiry(shop, months: "12")
        shop.press(.tab, .right, .tab)
        shop.type("2025-06-01")
        shop.press(.enter)
        let shown = runningText(shop)
        XCTAssertTrue(shown.contains("460 Stars held by 3 members will start to expire on 14 March 2026, each 12 months after it was earned"
                                     + " and none before 1 June 2025; Stars earned from now on expire 12 months after they are earned."
                                     + " Enter saves this; Esc cancels."), shop.screen)
        XCTAssertNotNil(shop.state.form, "the form stays open with the sentence")
        XCTAssertNil(try shop.store.program().expiryMonths, "nothing is saved before the second Enter")

        shop.press(.enter)
        XCTAssertNil(shop.state.form)
        XCTAssertEqual(try shop.store.program().expiryMonths, 12)
        XCTAssertEqual(try shop.store.check(), [])
        shop.store.now = { DashboardDriver.shopDay.addingTimeInterval(365 * 86_400) }     // 2026-03-14, noon UTC
        XCTAssertEqual(try shop.store.expirePoints().points, 460, "every held lot expires 12 months after it was given")
        XCTAssertEqual(try shop.store.check(), [])
    }

    func testAnEditAfterTheSentenceAsksAgainWithTheNewFigures() throws {
        let shop = try DashboardDriver.launchedShop()
        typeExpiry(shop, months: "12")
        shop.press(.enter)
        XCTAssertTrue(runningText(shop).contains("Stars held keep the expiry they have (or none): 460 Stars held by 3 members."
                                                 + " Only Stars earned from now on expire 12 months after they are earned."), shop.screen)
        shop.press(.backspace, .backspace)
        shop.type("6")
        shop.press(.enter)
        XCTAssertTrue(runningText(shop).contains("Only Stars earned from now on expire 6 months after they are earned."), shop.screen)
        XCTAssertNil(try shop.store.program().expiryMonths)
        shop.press(.enter)
        XCTAssertEqual(try shop.store.program().expiryMonths, 6)
        shop.store.now = { DashboardDriver.shopDay.addingTimeInterval(3_650 * 86_400) }
        XCTAssertEqual(try shop.store.expirePoints().points, 0, "new points only: held points keep no expiry")
    }

    func testAGraceDateWithNewPointsOnlyOrInThePastIsRefusedInTheForm() throws {
        let shop = try DashboardDriver.launchedShop()
        typeExpiry(shop, months: "12")
        shop.press(.tab, .tab)
        shop.type("2025-06-01")
        shop.press(.enter)
        XCTAssertTrue(runningText(shop).contains("a grace date is for the points held, but expiry is to apply to new points only"), shop.screen)
        shop.press(.backTab, .right, .tab, .ctrl("u"))
        shop.type("2025-03-13")
        shop.press(.enter)
        XCTAssertTrue(runningText(shop).contains("the grace date 13 March 2025 has passed; give today or a later day"), shop.screen)
        XCTAssertNil(try shop.store.program().expiryMonths, "nothing was saved")
    }

    func testChangingOnlyTheNameWhileExpiryIsOnSavesAtOnceAndMovesNoDate() throws {
        let shop = try DashboardDriver.launchedShop()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12), expiryScope: .newPointsOnly))
        shop.press(.character("2"), .character("e"), .ctrl("u"))
        shop.type("Café Aurora Club")
        shop.press(.enter)
        XCTAssertNil(shop.state.form)
        XCTAssertEqual(try shop.store.program().name, "Café Aurora Club")
        shop.store.now = { DashboardDriver.shopDay.addingTimeInterval(3_650 * 86_400) }
        XCTAssertEqual(try shop.store.expirePoints().points, 0, "saving the name moved no held point's date")
    }
}
