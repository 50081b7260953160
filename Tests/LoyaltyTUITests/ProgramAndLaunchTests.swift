import XCTest
import LoyaltyCore
import LoyaltyStore
import Terminal
@testable import LoyaltyTUI

final class ProgramAndLaunchTests: XCTestCase {
    func testReviewFlagsWhatIsMissingAndRefusingToLaunchSaysSo() throws {
        let draft = try DashboardDriver(width: 60, height: 20)
        draft.press(.character("8"), .enter)
        XCTAssertEqual(draft.screen, """
             ★ Café Aurora · Stars  Draft               anna · :memory:
            ‹ 5 Tiers   6 Emails   7 Members   8 Review & launch       ›
            ┌─ Review & launch ────────────────────────────────────────┐
            │ ✓ Programme: Café Aurora, ★ Stars                        │
            │ ✗ No active way to earn: press 3 (Ways to earn)          │
            │ ✗ No active reward: press 4 (Rewards)                    │
            │ ✓ Tiers: Base 0+                                         │
            │ ✓ Emails: 0 of 6 on                                      │
            │ ✓ Points expiry: never                                   │
            │                                                          │
            │ Fix the items marked ✗, then launch.                     │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘
             Cannot launch: 2 things missing (marked ✗ in Review, 8)
            Enter/l Launch programme  q/^C Quit  ?/F1 Help
            """)
        XCTAssertEqual(try draft.store.program().status, .draft)
    }

    func testLaunchAsksFirstThenShowsTheProgrammeActive() throws {
        let draft = try DashboardDriver { store in
            _ = try store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
            _ = try store.addReward(Reward(name: "Free cake", kind: .fixed(FixedReward(cost: 250, discount: .freeProduct(sku: "CAKE")))))
        }
        draft.press(.character("8"))
        XCTAssertTrue(draft.screen.contains("Ready. Press Enter to launch the programme."))
        draft.press(.enter)
        XCTAssertTrue(draft.screen.contains("Launch Café Aurora? Customers start earning Stars at"), draft.screen)
        draft.press(.escape)
        XCTAssertEqual(try draft.store.program().status, .draft, "Esc cancels")
        draft.press(.enter, .character("y"))
        XCTAssertEqual(try draft.store.program().status, .active)
        XCTAssertTrue(draft.lines[0].contains("Active"), draft.lines[0])
        XCTAssertTrue(draft.screen.contains("Café Aurora is launched: Active"))
        XCTAssertTrue(draft.screen.contains("The programme is Active."))
    }

    func testPauseAndResumeEachAskFirst() throws {
        let shop = try DashboardDriver.launchedShop()
        shop.press(.character("2"), .character("p"))
        XCTAssertTrue(shop.screen.contains("While paused, no points are earned"), shop.screen)
        shop.press(.character("y"))
        XCTAssertEqual(try shop.store.program().status, .paused)
        XCTAssertTrue(shop.lines[0].contains("Paused"), shop.screen)
        shop.press(.character("p"), .enter)
        XCTAssertEqual(try shop.store.program().status, .paused, "Enter on the preselected Cancel button keeps it paused")
        shop.press(.character("p"), .left, .enter)
        XCTAssertEqual(try shop.store.program().status, .active)
    }

    func testDetailsFormSavesNameIconAndExpiryTypedWithWideCharacters() throws {
        let shop = try DashboardDriver()
        shop.press(.character("2"), .character("e"), .ctrl("u"))
        shop.type("Zoë's 山田 Café")
        shop.press(.tab, .tab, .right)
        shop.press(.tab, .tab, .tab)
        shop.type("6")
        XCTAssertTrue(shop.screen.contains("empty: never; points held: see Expiry applies to"), "the form says what switching expiry on does:\n\(shop.screen)")
        shop.press(.enter)
        let program = try shop.store.program()
        XCTAssertEqual(program.name, "Zoë's 山田 Café")
        XCTAssertEqual(program.pointsIcon, "☆")
        XCTAssertEqual(program.expiryMonths, 6)
        XCTAssertTrue(shop.screen.contains("│ Name           Zoë's 山田 Café"), shop.screen)
        XCTAssertTrue(shop.screen.contains("│ Preview        ☆ 1,250 Stars"))
        XCTAssertTrue(shop.screen.contains("│ Points expiry  6 months after earning"), shop.screen)
    }

    func testANonNumberIsShownInlineAndNothingIsSaved() throws {
        let shop = try DashboardDriver()
        shop.press(.character("2"), .character("e"))
        for _ in 0..<5 { shop.press(.tab) }
        shop.type("six")
        XCTAssertTrue(shop.screen.contains("Expire after months: \"six\" is not a whole number"), shop.screen)
        shop.press(.enter)
        XCTAssertNotNil(shop.state.form, "the form stays open with what was typed")
        XCTAssertNil(try shop.store.program().expiryMonths)
        shop.press(.escape)
        XCTAssertNil(shop.state.form)
        XCTAssertFalse(shop.state.shouldQuit, "Esc cancels, never quits")
    }

    func testCommandLineHelpAndTooSmall() throws {
        let shop = try DashboardDriver.launchedShop()
        shop.press(.character(":"))
        shop.type("members")
        shop.press(.enter)
        XCTAssertEqual(shop.state.section, .members)
        shop.press(.character(":"))
        shop.type("theme nope")
        shop.press(.enter)
        XCTAssertTrue(shop.screen.contains("no theme named \"nope\""), shop.screen)
        shop.press(.escape, .character("1"), .character("?"))
        XCTAssertTrue(shop.screen.contains("Everywhere"))
        XCTAssertTrue(shop.screen.contains("Close or cancel (never quits)"))
        shop.press(.escape)
        XCTAssertFalse(shop.screen.contains("Everywhere"))
        shop.resize(width: 30, height: 10)
        XCTAssertTrue(shop.screen.contains("Terminal too small"))
        shop.resize(width: 100, height: 30)
        XCTAssertTrue(shop.screen.contains("┌─ Overview"))
        shop.press(.character(":"))
        shop.type("q")
        shop.press(.enter)
        XCTAssertTrue(shop.state.shouldQuit)
    }
}
