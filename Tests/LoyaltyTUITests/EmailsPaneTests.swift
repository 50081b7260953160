import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

final class EmailsPaneTests: XCTestCase {
    func testTheSixAutomationsAt60x20AreInstalledOff() throws {
        let driver = try DashboardDriver.launchedShop(width: 60, height: 20)
        driver.press(.character("6"))
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
            ‹ 3 Ways to earn   4 Rewards   5 Tiers   6 Emails          ›
            ┌─ Emails ─────────────────────────────────────────────────┐
            │Automation           Sends Subject                        │
            │Welcome new members  Off   Welcome to {program}, {name}!  │
            │Points earned        Off   You earned {points} {points_na…│
            │Reward available     Off   You can redeem {reward}        │
            │Coupon issued        Off   Your coupon: {coupon}          │
            │Points expiring soon Off   {points} {points_name} expire …│
            │New tier reached     Off   Welcome to {tier}, {name}      │
            │                                                          │
            │ Automations are installed Off: Space switches one On.    │
            │ Enter edits the subject and body; p previews it for a    │
            │ real member.                                             │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘

            Space On/Off  Enter/e Edit  p Preview  q/^C Quit  ?/F1 Help
            """)
    }

    func testSpaceSwitchesAnAutomationOnInTheStore() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("6"), .down, .character(" "))
        XCTAssertEqual(try driver.store.emailAutomations().filter(\.active).map(\.trigger), [.pointsEarned])
        XCTAssertTrue(driver.lines(4...4).contains("│Points earned        On    You earned {points} {points_name}"))
        driver.press(.character(" "))
        XCTAssertEqual(try driver.store.emailAutomations().filter(\.active), [])
    }

    func testThePreviewFillsInARealMember() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("6"), .character("p"))
        XCTAssertEqual(driver.lines(1...8), """
                                ┌─ Emails ─────────────────────────────────────────────────────────────────────┐
             1 Overview         │ Preview of "Welcome new members" for Zoë Jansen <zoe@example.com>            │
             2 Program          │                                                                              │
             3 Ways to earn     │ Subject: Welcome to Café Aurora, Zoë Jansen!                                 │
             4 Rewards          │                                                                              │
             5 Tiers            │ Hi Zoë Jansen,                                                               │
             6 Emails           │                                                                              │
             7 Members          │ You are now a member of Café Aurora. You have 120 Stars to start with.       │
            """)
        driver.press(.escape)
        XCTAssertNil(driver.dashboard.state.emails.preview)
    }

    func testThePreviewIsForTheMemberOpenInMembers() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("/"))
        driver.type("山")
        driver.press(.enter, .enter, .character("6"), .character("p"))
        XCTAssertTrue(driver.screen.contains("Hi 山田 太郎,"))
    }

    func testAnUnknownPlaceholderIsRefusedInTheForm() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("6"), .enter, .ctrl("u"))
        driver.type("Hello {nmae}")
        driver.press(.enter)
        XCTAssertEqual(driver.dashboard.state.form?.error?.hasPrefix("unknown placeholder {nmae}"), true)
    }

    func testTheListKeysWheelAndClicksMoveTheSelectionAsInEveryList() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("6"))
        driver.press(.character("j"), .down)
        XCTAssertEqual(driver.state.list(.emails).selected, 2)
        driver.press(.character("k"))
        XCTAssertEqual(driver.state.list(.emails).selected, 1)
        driver.press(.character("G"))
        XCTAssertEqual(driver.state.list(.emails).selected, 5)
        driver.press(.home)
        XCTAssertEqual(driver.state.list(.emails).selected, 0)
        driver.press(.end, .character("g"))
        XCTAssertEqual(driver.state.list(.emails).selected, 0)
        driver.press(.pageDown)
        XCTAssertEqual(driver.state.list(.emails).selected, 5, "all six fit, so a page is the whole list")
        driver.press(.pageUp)
        XCTAssertEqual(driver.state.list(.emails).selected, 0)
        driver.dashboard.handle(.mouse(MouseEvent(.wheelDown, x: 40, y: 4)))
        XCTAssertEqual(driver.state.list(.emails).selected, 3, "the wheel moves three rows")
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 40, y: 4)))
        XCTAssertEqual(driver.state.list(.emails).selected, 1, "the row under the pointer")
        driver.press(.character("?"))
        for line in ["↑/↓ k/j    Previous / next row", "PgUp/PgDn  A page up / down", "g/G        First / last row"] {
            XCTAssertTrue(driver.screen.contains(line), line)
        }
    }

    func testAClickOnAScrolledListSelectsTheRowUnderThePointer() throws {
        let driver = try DashboardDriver.launchedShop(width: 60, height: 12)
        driver.press(.character("6"), .character("G"))
        XCTAssertEqual(driver.lines[4], "│Points earned        Off   You earned {points} {points_na…│", "five of six rows fit, scrolled by one")
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 10, y: 4)))
        XCTAssertEqual(driver.state.list(.emails).selected, 1)
    }

    func testThePreviewScrollsWithTheTextKeys() throws {
        let driver = try DashboardDriver.launchedShop(width: 60, height: 12)
        driver.press(.character("6"), .character("p"), .character("j"))
        XCTAssertEqual(driver.state.emails.preview?.offset, 1)
        driver.press(.pageDown, .pageUp)
        XCTAssertEqual(driver.state.emails.preview?.offset, 0)
        XCTAssertEqual(driver.state.list(.emails).selected, 0, "the list under the preview stays put")
    }
}
