import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// Small things of typing into the dashboard's fields that people notice.
final class FormEditingTests: XCTestCase {
    func testCtrlUClearsTheSearchFieldAsItDoesInForms() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("/"))
        driver.type("zo")
        driver.press(.ctrl("u"))
        XCTAssertEqual(driver.state.members.search?.field.value, "")
        XCTAssertFalse(driver.lines(2...2).contains("zo"), driver.lines(2...2))
        driver.type("山")
        XCTAssertEqual(driver.state.members.search?.results.map(\.name), ["山田 太郎"])
    }

    func testTypingAMultiplierReplacesTheOneShown() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("5"), .character("a"))
        driver.type("Silver")
        driver.press(.tab)
        driver.type("500")
        driver.press(.tab)
        driver.type("2x")
        XCTAssertEqual(driver.state.form?.fields.last?.value, "2x")
        driver.press(.enter)
        XCTAssertEqual(try driver.store.tiers().first { $0.name == "Silver" }?.multiplier, 200)

        driver.press(.character("3"), .character("c"), .tab)
        driver.type("3x")
        XCTAssertEqual(driver.state.form?.fields[1].value, "3x")
        driver.press(.backspace, .backspace)
        driver.type("1.5x")
        XCTAssertEqual(driver.state.form?.fields[1].value, "1.5x", "after another key the field is edited as usual")
    }

    func testAnIconTypedInOtherIconIsTheIcon() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("2"), .character("e"), .tab, .tab, .tab)
        XCTAssertEqual(driver.state.form?.fields[driver.state.form!.focused].label, "Other icon")
        driver.type("🍩")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.program().pointsIcon, "🍩")
    }

    func testOnePersonOneStarAndAStatusReadAsEnglish() throws {
        let driver = try DashboardDriver { store in
            _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 1, per: Money(minorUnits: 100, currency: .euro))))
            _ = try store.addMember(MemberDetails(name: "Zoë Jansen", email: "zoe@example.com"), status: .visitor)
        }
        driver.press(.character("7"))
        XCTAssertTrue(driver.lines(2...2).contains("· 1 person "), driver.lines(2...2))
        driver.press(.enter, .character("s"), .right, .enter)
        XCTAssertTrue(driver.screen.contains("Zoë Jansen is now pending · 0 Stars"), driver.screen)
        driver.press(.character("s"), .left, .left, .enter)
        XCTAssertTrue(driver.screen.contains("Zoë Jansen is now a member"), driver.screen)
        driver.press(.character("3"))
        XCTAssertTrue(driver.screen.contains("1 Star per €1.00"), driver.screen)
    }
}
