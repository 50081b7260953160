import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

final class PagesPaneTests: XCTestCase {
    func testTheProgrammePageAt100x30() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("9"))
        XCTAssertEqual(driver.lines(1...16), """
                                ┌─ Pages preview ──────────────────────────────────────────────────────────────┐
             1 Overview         │  Programme page   My Rewards                                                 │
             2 Program          │                                                                              │
             3 Ways to earn     │ Café Aurora                                                                  │
             4 Rewards          │ Collect ★ Stars every time you shop and turn them into rewards.              │
             5 Tiers            │                                                                              │
             6 Emails           │ How to earn                                                                  │
             7 Members          │  · Place an order: 10 Stars per €1.00                                        │
             8 Review & launch  │                                                                              │
             9 Pages preview    │ Rewards                                                                      │
             0 Audit log        │  · €5 off: €5.00 off for 100 Stars                                           │
                                │  · Free cake: A free product for 250 Stars                                   │
                                │                                                                              │
                                │ How to join                                                                  │
                                │  Create an account at the shop or ask us at the till. Only members can redeem│
                                │  rewards.                                                                    │
            """)
    }

    func testMyRewardsAt60x20ShowsWhatIsWithinReach() throws {
        let driver = try DashboardDriver.launchedShop(width: 60, height: 20)
        driver.press(.character("9"), .character(" "))
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
            ‹ 7 Members   8 Review & launch   9 Pages preview          ›
            ┌─ Pages preview ──────────────────────────────────────────┐
            │  Programme page   My Rewards                             │
            │                                                          │
            │ My Rewards · Zoë Jansen                                  │
            │ You have 120 ★ Stars · Base tier                         │
            │                                                          │
            │ Rewards                                                  │
            │  ✓ €5 off (€5.00 off for 100 Stars): yours to redeem     │
            │  · Free cake (A free product for 250 Stars): 130 Stars to│
            │  go                                                      │
            │                                                          │
            │ Your coupons                                             │
            │  None yet.                                               │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘

            Space/←/→ Other page  f Choose member  q/^C Quit  ?/F1 Help
            """)
    }

    func testAMemberChosenBySearchGetsTheirPageWithCoupons() throws {
        let driver = try DashboardDriver.launchedShop()
        _ = try driver.store.redeem(RedeemRequest(email: "yamada@example.jp", rewardID: 1))
        driver.press(.character("9"), .character("f"))
        driver.type("yama")
        driver.press(.enter)
        let screen = driver.screen
        XCTAssertTrue(screen.contains("│ My Rewards · 山田 太郎"))
        XCTAssertTrue(screen.contains("You have 200 ★ Stars"))
        XCTAssertTrue(screen.contains("  · Free cake (A free product for 250 Stars): 50 Stars to go"))
        XCTAssertTrue(screen.contains("€5 off: €5.00 off · issued"))
    }

    func testAVisitorIsToldToJoinAndAnUnknownNameIsRefused() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("9"), .character("f"))
        driver.type("nobody")
        driver.press(.enter)
        XCTAssertEqual(driver.dashboard.state.form?.error, "no member's name or e-mail contains \"nobody\"")
        driver.press(.ctrl("u"))
        driver.type("שלום")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Join the programme to redeem your Stars"))
    }
}
