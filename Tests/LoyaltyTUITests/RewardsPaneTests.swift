import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

final class RewardsPaneTests: XCTestCase {
    private let euro = Currency.euro

    /// Tiers Base and Silver; rewards: 10% off (200), a free mug for Silver on orders from 20.00 (1,500), and the flexible rate.
    private func rewardsDriver(width: Int = 100, height: Int = 30, flexible: Bool = true) throws -> DashboardDriver {
        let driver = try DashboardDriver(width: width, height: height) { store in
            let silver = try store.addTier(Tier(name: "Silver", threshold: 500, multiplier: 125))
            _ = try store.addReward(Reward(name: "10% off", kind: .fixed(FixedReward(cost: 200, discount: .percentOff(10)))))
            _ = try store.addReward(Reward(name: "Free mug", kind: .fixed(FixedReward(cost: 1500, discount: .freeProduct(sku: "MUG-01"),
                                                                                      minimumSubtotal: Money(minorUnits: 2000, currency: .euro), minimumTierID: silver.id))))
            if flexible {
                _ = try store.addReward(Reward(name: "Pay with Stars", kind: .flexible(FlexibleReward(points: 100, value: Money(minorUnits: 100, currency: .euro),
                                                                                                      maximumDiscount: .percentOfOrder(50)))))
            }
        }
        driver.press(.character("4"))
        return driver
    }

    func testTheRewardsScreenAt100x30() throws {
        let driver = try rewardsDriver()
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Draft                                                       anna · :memory:
                                ┌─ Rewards ────────────────────────────────────────────────────────────────────┐
             1 Overview         │Reward         Gives                     Cost              Min order Tier   On│
             2 Program          │10% off        10% off                   200 Stars         —         All    On│
             3 Ways to earn     │Free mug       Free product MUG-01       1,500 Stars       €20.00    Silver On│
             4 Rewards          │Pay with Stars Money off                 100 Stars = €1.00 —         All    On│
             5 Tiers            │                                                                              │
             6 Emails           │                                                                              │
             7 Members          │                                                                              │
             8 Review & launch  │                                                                              │
             9 Pages preview    │                                                                              │
             0 Audit log        │                                                                              │
            \(emptyRows(20, count: 15))
                                └──────────────────────────────────────────────────────────────────────────────┘

            a Add  f Add flexible  Enter/e Edit  Space On/off  d Delete  q/^C Quit  ?/F1 Help  Tab Next section
            """)
    }

    func testTheRewardsScreenAt60x20LeavesMinimumOrderAndTierToTheForm() throws {
        let driver = try rewardsDriver(width: 60, height: 20)
        XCTAssertEqual(driver.lines(0...7), """
             ★ Café Aurora · Stars  Draft               anna · :memory:
             1 Overview   2 Program   3 Ways to earn   4 Rewards       ›
            ┌─ Rewards ────────────────────────────────────────────────┐
            │Reward         Gives                  Cost              On│
            │10% off        10% off                200 Stars         On│
            │Free mug       Free product MUG-01    1,500 Stars       On│
            │Pay with Stars Money off              100 Stars = €1.00 On│
            │                                                          │
            """)
        XCTAssertEqual(driver.lines[19], "a Add  f Add flexible  Enter/e Edit  Space On/off  d Delete")
    }

    func testAnEmptyListSaysHowToAddTheFirstReward() throws {
        let driver = try DashboardDriver(width: 60, height: 20)
        driver.press(.character("4"))
        XCTAssertEqual(Array(driver.lines[3...5]), [
            "│Reward Gives                                       Cost On│",
            "│ No rewards yet. Press a for a fixed reward, e.g. 10% off │",
            "│ for 200 Stars, or f to let members pay with Stars.       │",
        ])
        XCTAssertEqual(driver.lines[19], "a Add  f Add flexible  q/^C Quit  ?/F1 Help")
    }

    func testAddingAFixedRewardFromKeysSavesIt() throws {
        let driver = try rewardsDriver()
        driver.press(.character("a"))
        driver.type("5 EUR off")
        driver.press(.tab, .right)                      // Gives: Amount off
        driver.press(.tab)
        driver.type("5.00")
        driver.press(.tab, .tab)                        // past the SKU
        driver.type("400")
        driver.press(.tab)
        driver.type("25")
        driver.press(.tab, .right)                      // Lowest tier: Base
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        let added = try XCTUnwrap(try driver.store.rewards().first { $0.name == "5 EUR off" })
        let base = try driver.store.tiers()[0]
        XCTAssertEqual(added.kind, .fixed(FixedReward(cost: 400, discount: .amountOff(Money(minorUnits: 500, currency: euro)),
                                                      minimumSubtotal: Money(minorUnits: 2500, currency: euro), minimumTierID: base.id)))
        XCTAssertTrue(driver.screen.contains("│5 EUR off      €5.00 off                 400 Stars         €25.00    Base   On│"))
        XCTAssertTrue(driver.screen.contains(" Reward \"5 EUR off\" added: €5.00 off for 400 Stars"))
    }

    func testAPercentThatIsNotANumberIsRefusedInTheFormAndNothingIsSaved() throws {
        let driver = try rewardsDriver()
        driver.press(.character("a"))
        driver.type("Big discount")
        driver.press(.tab, .tab)
        driver.type("ten")
        driver.press(.tab, .tab)
        driver.type("100")
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?.error, "Value: percent off needs a whole number from 1 to 100, e.g. 10 (got \"ten\")")
        XCTAssertEqual(driver.state.form?["name"], "Big discount")
        XCTAssertEqual(try driver.store.rewards().count, 3)
    }

    func testASecondFlexibleRewardIsRefusedWithTheReasonInTheFormAndNothingTypedIsLost() throws {
        let driver = try rewardsDriver()
        driver.press(.character("f"), .ctrl("u"))
        driver.type("Second rate")
        driver.press(.tab, .ctrl("u"))
        driver.type("50")
        driver.press(.enter)
        let form = try XCTUnwrap(driver.state.form, "the form stays open")
        XCTAssertEqual(form["name"], "Second rate")
        XCTAssertEqual(form["points"], "50")
        XCTAssertEqual(form.error, "there is already a flexible reward (\"Pay with Stars\", id 3); a programme has at most one, so edit that one instead")
        XCTAssertTrue(driver.screen.contains("  │ there is already a flexible reward (\"Pay with Stars\", id 3); a programme has at most one, so │"))
        XCTAssertTrue(driver.screen.contains("  │ edit that one instead                                                                        │"))
        XCTAssertEqual(try driver.store.rewards().filter(\.isFlexible).count, 1)
    }

    func testAddingTheFlexibleRewardWithAPercentCap() throws {
        let driver = try rewardsDriver(flexible: false)
        driver.press(.character("f"), .tab, .tab, .tab, .tab)
        driver.type("30%")
        driver.press(.enter)
        let flexible = try XCTUnwrap(try driver.store.rewards().first(where: \.isFlexible))
        XCTAssertEqual(flexible.kind, .flexible(FlexibleReward(points: 100, value: Money(minorUnits: 100, currency: euro), minimumPoints: 1,
                                                               maximumDiscount: .percentOfOrder(30))))
        XCTAssertEqual(flexible.name, "Money off with Stars")
    }

    func testEscCancelsTheFormAndSavesNothing() throws {
        let driver = try rewardsDriver()
        driver.press(.character("a"))
        driver.type("Half off")
        driver.press(.escape)
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.rewards().count, 3)
    }

    func testEditingKeepsWhatWasNotChanged() throws {
        let driver = try rewardsDriver()
        driver.press(.down, .enter)
        XCTAssertEqual(driver.state.form?.title, "Edit reward Free mug")
        XCTAssertEqual(driver.state.form?["sku"], "MUG-01")
        XCTAssertEqual(driver.state.form?["tier"], "Silver")
        driver.press(.tab, .tab, .tab, .tab, .ctrl("u"))
        driver.type("1200")
        driver.press(.enter)
        guard case .fixed(let fixed)? = try driver.store.rewards().first(where: { $0.name == "Free mug" })?.kind else { return XCTFail("no fixed Free mug") }
        XCTAssertEqual(fixed.cost, 1200)
        XCTAssertEqual(fixed.discount, .freeProduct(sku: "MUG-01"))
        XCTAssertEqual(fixed.minimumSubtotal, Money(minorUnits: 2000, currency: euro))
    }

    func testSpaceSwitchesTheSelectedRewardOffAndOn() throws {
        let driver = try rewardsDriver()
        driver.press(.character(" "))
        XCTAssertFalse(try driver.store.rewards()[0].active)
        XCTAssertTrue(driver.screen.contains("│10% off        10% off                  200 Stars         —         All    Off│"), driver.screen)
        XCTAssertTrue(driver.screen.contains(" \"10% off\" is off: members cannot redeem it until you switch it on again"))
        driver.press(.character(" "))
        XCTAssertTrue(try driver.store.rewards()[0].active)
    }

    func testDeleteAsksFirstAndNoKeepsTheReward() throws {
        let driver = try rewardsDriver()
        driver.press(.character("j"), .character("d"))
        XCTAssertTrue(driver.screen.contains("Delete the reward \"Free mug\"? Coupons already issued"))
        driver.press(.character("n"))
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.rewards().count, 3)
        XCTAssertTrue(driver.screen.contains("│Free mug "))
        driver.press(.character("d"), .character("y"))
        XCTAssertEqual(try driver.store.rewards().map(\.name), ["10% off", "Pay with Stars"])
    }

    func testAClickSelectsTheRowUnderIt() throws {
        let driver = try rewardsDriver()
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 40, y: 5)))
        XCTAssertEqual(driver.state.list(.rewards).selected, 2)
        driver.dashboard.handle(.mouse(MouseEvent(.wheelUp, x: 40, y: 5)))
        XCTAssertEqual(driver.state.list(.rewards).selected, 0)
    }
}
