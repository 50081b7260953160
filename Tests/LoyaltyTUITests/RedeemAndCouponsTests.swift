import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// Redeeming from a member's view asks first with what it costs, and the member's coupons can be
/// seen, marked used and voided there, as `loyalty coupon use|void` do.
final class RedeemAndCouponsTests: XCTestCase {
    private func balance(_ driver: DashboardDriver, _ email: String = "zoe@example.com") throws -> Points {
        try driver.store.member(email: email).balance
    }

    private func coupons(_ driver: DashboardDriver, _ email: String = "zoe@example.com") throws -> [CouponRecord] {
        try driver.store.coupons(memberID: driver.store.member(email: email).id)
    }

    func testRedeemingAsksFirstWithTheRewardItsPointsAndTheBalanceBeforeAndAfter() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("R"))
        XCTAssertTrue(driver.screen.contains("‹ €5 off · 100 Stars ›"), driver.screen)
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("€5 off for Zoë Jansen"), driver.screen)
        XCTAssertTrue(driver.screen.contains("Gives €5.00 off"), driver.screen)
        XCTAssertTrue(driver.screen.contains("Uses 100 Stars: balance 120 → 20 Stars"), driver.screen)
        XCTAssertEqual(try balance(driver), 120, "nothing is spent before Yes")
        XCTAssertEqual(try coupons(driver), [])
        driver.press(.character("n"))
        XCTAssertEqual(driver.state.form?.fields.first?.value, "€5 off · 100 Stars", "No goes back to the form as it was")
        XCTAssertEqual(try balance(driver), 120)
        driver.press(.enter, .character("y"))
        XCTAssertEqual(try balance(driver), 20)
        XCTAssertEqual(try coupons(driver).map(\.points), [100])
    }

    func testWithNoActiveRewardTheFormSaysWhereToAddOne() throws {
        let driver = try DashboardDriver.launchedShop()
        for reward in try driver.store.rewards() { _ = try driver.store.setRewardActive(id: reward.id, false) }
        driver.press(.character("7"), .enter, .character("R"), .enter)
        XCTAssertEqual(driver.state.form?.error, "there is no active reward to redeem; add one in Rewards")
        XCTAssertEqual(try coupons(driver), [])
    }

    func testLeftStopsAtTheFirstRewardAndThoseOutOfReachSayWhy() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("R"), .left)
        XCTAssertEqual(driver.state.form?.fields.first?.value, "€5 off · 100 Stars", "← does not go round to the last reward")
        driver.press(.right)
        XCTAssertEqual(driver.state.form?.fields.first?.value, "Free cake · 250 Stars ✗ needs 130 more Stars")
        XCTAssertTrue(driver.screen.contains("│ ✗ needs 130 more Stars"), "the hint says why, however narrow the form: \(driver.screen)")
        driver.press(.right)
        XCTAssertEqual(driver.state.form?.fields.first?.value, "Free cake · 250 Stars ✗ needs 130 more Stars", "→ stops at the last one")
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?.error, "zoe@example.com has 120 Stars; \"Free cake\" costs 250")
        XCTAssertEqual(try balance(driver), 120)
    }

    func testRewardsForAHigherTierOrABiggerOrderAreMarked() throws {
        let driver = try DashboardDriver.launchedShop()
        let gold = try driver.store.addTier(Tier(name: "Gold", threshold: 1000, multiplier: 150))
        _ = try driver.store.addReward(Reward(name: "VIP gift", kind: .fixed(FixedReward(cost: 50, discount: .freeShipping, minimumTierID: gold.id))))
        _ = try driver.store.addReward(Reward(name: "Big basket", kind: .fixed(FixedReward(cost: 50, discount: .percentOff(10),
                                                                                            minimumSubtotal: Money(minorUnits: 2000, currency: .euro)))))
        driver.press(.character("/"))
        driver.type("yamada")
        driver.press(.enter, .enter, .character("R"))
        guard case .choice(let options)? = driver.state.form?.fields.first?.kind else { return XCTFail("no choice of rewards") }
        XCTAssertEqual(options, ["€5 off · 100 Stars", "Free cake · 250 Stars", "Big basket · 50 Stars · orders from €20.00",
                                 "VIP gift · 50 Stars ✗ for Gold and above"])
        driver.press(.right, .right, .tab)
        driver.type("12.50")
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?.error, "\"Big basket\" needs an order of at least 20.00 EUR; this one is 12.50 EUR")
        XCTAssertEqual(try balance(driver, "yamada@example.jp"), 300)
    }

    func testTheFlexibleRewardShowsTheDiscountAndThePointsItWouldUse() throws {
        let driver = try DashboardDriver.launchedShop()
        _ = try driver.store.addReward(Reward(name: "Money off", kind: .flexible(FlexibleReward(points: 50, value: Money(minorUnits: 100, currency: .euro)))))
        _ = try driver.store.give(email: "zoe@example.com", points: 1380, reason: "anniversary")
        driver.press(.character("7"), .enter, .character("R"), .right, .right)
        XCTAssertEqual(driver.state.form?.fields.first?.value, "Money off · 50 Stars = €1.00")
        driver.press(.tab)
        driver.type("30.00")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Gives €30.00 off an order of €30.00"), driver.screen)
        XCTAssertTrue(driver.screen.contains("Uses 1,500 Stars: balance 1,500 → 0 Stars"), driver.screen)
        XCTAssertEqual(try balance(driver), 1500)
        driver.press(.character("y"))
        XCTAssertEqual(try balance(driver), 0)
        XCTAssertEqual(try coupons(driver).first?.description, "€30.00 off")
    }

    func testARedemptionThatWouldNowUseOtherPointsIsRefusedAndTheFormComesBack() throws {
        let driver = try DashboardDriver.launchedShop()
        _ = try driver.store.addReward(Reward(name: "Money off", kind: .flexible(FlexibleReward(points: 50, value: Money(minorUnits: 100, currency: .euro)))))
        driver.press(.character("7"), .enter, .character("R"), .right, .tab)
        driver.type("40.00")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Uses 120 Stars: balance 120 → 0 Stars"), driver.screen)
        _ = try driver.store.give(email: "zoe@example.com", points: 10, reason: "at the till")
        driver.press(.character("y"))
        XCTAssertEqual(driver.state.form?.error, "the balance of zoe@example.com changed since this was shown: it would now use 130 Stars, "
                       + "not 120 Stars; check and confirm again")
        XCTAssertEqual(driver.state.form?.fields.map(\.value), ["Money off · 50 Stars = €1.00", "40.00"])
        XCTAssertEqual(try balance(driver), 130)
        XCTAssertEqual(try coupons(driver), [])
    }

    func testTheCouponsCanBeSeenVoidedWithThePointsBackAndMarkedUsed() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("R"), .enter, .character("y"))
        let first = try XCTUnwrap(try coupons(driver).first)
        let code = DisplayFormat.couponCode(first.code)
        driver.press(.character("c"))
        XCTAssertEqual(driver.lines(7...8), """
             6 Emails           │Code           Reward Gives                           Points State  Issued    │
             7 Members          │\(code) €5 off €5.00 off                          100 issued 2025-03-14│
            """)
        XCTAssertTrue(driver.lines(29...29).hasPrefix("u Mark used  v Void (points back)  c/Esc Activity"), driver.lines(29...29))
        driver.press(.character("v"))
        XCTAssertTrue(driver.screen.contains("Void coupon \(code) of Zoë Jansen"), driver.screen)
        XCTAssertTrue(driver.screen.contains("Its 100 Stars go back: balance 20 → 120 Stars"), driver.screen)
        XCTAssertEqual(try balance(driver), 20, "nothing changes before Yes")
        driver.press(.character("y"))
        XCTAssertEqual(try balance(driver), 120)
        XCTAssertEqual(try coupons(driver).first?.state, .voided)
        XCTAssertTrue(driver.lines(8...8).contains("100 voided"), driver.screen)
        let audit = try XCTUnwrap(try driver.store.auditEntries(limit: 1).first)
        XCTAssertEqual([audit.action, audit.actor, audit.subject], ["coupon.void", "anna", "coupon \(first.code)"])
        driver.press(.character("u"))
        XCTAssertNil(driver.state.modal)
        XCTAssertTrue(driver.screen.contains("coupon \(code) is voided; only an issued coupon can be marked used"), driver.screen)

        driver.press(.escape, .character("R"), .enter, .character("y"), .character("c"), .character("u"))
        XCTAssertTrue(driver.screen.contains("Mark coupon"), driver.screen)
        driver.press(.character("y"))
        XCTAssertEqual(try coupons(driver).map(\.state), [.used, .voided])
        XCTAssertEqual(try balance(driver), 20, "a used coupon keeps its points spent")
        driver.press(.escape)
        XCTAssertTrue(driver.screen.contains("Date       Action"), "c or Esc goes back to the activity")
    }

    func testTwoRewardsThatReadAlikeAreToldApart() throws {
        let driver = try DashboardDriver.launchedShop()
        let twin = try driver.store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .freeShipping))))
        driver.press(.character("7"), .enter, .character("R"), .right)
        XCTAssertEqual(driver.state.form?.fields.first?.value, "€5 off · 100 Stars · reward \(twin.id)")
        driver.press(.enter, .character("y"))
        XCTAssertEqual(try coupons(driver).map(\.description), ["Free shipping"])
    }
}
