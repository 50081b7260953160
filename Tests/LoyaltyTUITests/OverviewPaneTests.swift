import XCTest
import LoyaltyCore
import LoyaltyStore
import Terminal
@testable import LoyaltyTUI

final class OverviewPaneTests: XCTestCase {
    /// The launched shop with a flexible reward (for the liability) and one redemption today.
    private func shopWithARedemption(width: Int, height: Int) throws -> DashboardDriver {
        let shop = try DashboardDriver.launchedShop(width: width, height: height)
        _ = try shop.store.addReward(Reward(name: "Pay with Stars", kind: .flexible(FlexibleReward(points: 100, value: Money(minorUnits: 100, currency: .euro)))))
        _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        shop.press(.character("r"))
        return shop
    }

    func testOverviewAt100x30ShowsPointsDataPeopleLiabilityAndCharts() throws {
        let shop = try shopWithARedemption(width: 100, height: 30)
        XCTAssertEqual(shop.lines(0...9), """
             ★ Café Aurora · Stars  Active                                                      anna · :memory:
                                ┌─ Overview ───────────────────────────────────────────────────────────────────┐
             1 Overview         │ Given              Redeemed           Unredeemed         Expired             │
             2 Program          │ 460 ★              100 ★              360 ★              0 ★                 │
             3 Ways to earn     │ 3 people: 2 members · 1 visitor · 0 pending                                  │
             4 Rewards          │ Liability 3.60 EUR (unredeemed × value per point)                            │
             5 Tiers            │                                                                              │
             6 Emails           │ Issued per day, last 30 days                        Members per tier         │
             7 Members          │ max 460                                             Base ██████████████████ 3│
             8 Review & launch  │                              █                                               │
            """)
        XCTAssertEqual(shop.lines[17], "                    │ Redeemed per day                                                             │")
        XCTAssertEqual(shop.lines[18], "                    │ max 100                                                                      │")
        XCTAssertEqual(shop.lines[29], "q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command")
    }

    func testOverviewAt60x20KeepsTheFiguresAndBothCharts() throws {
        let shop = try shopWithARedemption(width: 60, height: 20)
        XCTAssertEqual(shop.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
             1 Overview   2 Program   3 Ways to earn   4 Rewards       ›
            ┌─ Overview ───────────────────────────────────────────────┐
            │ Given         Redeemed      Unredeemed    Expired        │
            │ 460 ★         100 ★         360 ★         0 ★            │
            │ 3 people: 2 members · 1 visitor · 0 pending              │
            │ Liability 3.60 EUR (unredeemed × value per point)        │
            │                                                          │
            │ Issued per day, last 30 days                             │
            │ max 460                                                  │
            │                              █                           │
            │                              █                           │
            │ Redeemed per day                                         │
            │ max 100                                                  │
            │                              █                           │
            │                              █                           │
            │                              █                           │
            └──────────────────────────────────────────────────────────┘
             Refreshed
            q/^C Quit  ?/F1 Help  Tab Next section  / Find member
            """)
    }

    func testFiguresFollowTheStoreAfterAChangeElsewhere() throws {
        let shop = try DashboardDriver.launchedShop()
        _ = try shop.store.give(email: "zoe@example.com", points: 1_000_000, reason: "big gift")
        shop.press(.character("r"))
        XCTAssertTrue(shop.lines[3].contains("1,000,460 ★"), shop.lines[3])
    }
}
