import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// The dashboard's forms refuse numbers above the documented limits with the limit, and keep the form open.
final class NumberLimitsDashboardTests: XCTestCase {
    func testRedeemingAgainstAnOrderTotalAboveTheMaximumIsRefusedInTheForm() throws {
        let driver = try DashboardDriver(now: DashboardDriver.shopDay) { store in
            try DashboardDriver.launch(store)
            _ = try store.addReward(Reward(name: "Pay with points", kind: .flexible(FlexibleReward(
                points: 100, value: Money(minorUnits: 100, currency: .euro), maximumDiscount: .percentOfOrder(100)))))
        }
        driver.press(.character("7"), .enter, .character("R"), .right, .tab)
        driver.type("999999999999999.99")
        XCTAssertTrue(driver.dashboard.state.form?["reward"].hasPrefix("Pay with points") == true, driver.screen)
        driver.press(.enter)
        XCTAssertEqual(driver.dashboard.state.form?.error, "Order total: \"999999999999999.99\" is too large an amount; at most €10,000,000,000.00")
        XCTAssertEqual(try driver.store.coupons(memberID: driver.dashboard.state.members.open!.card.member.id), [])
    }

    func testGivingMoreThanOneChangeMayMoveIsRefusedInTheForm() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("+"))
        driver.type("1000000001")
        driver.press(.tab)
        driver.type("old card")
        driver.press(.enter)    // the before → after preview refuses it by the store's own rule, before any confirmation
        XCTAssertEqual(driver.dashboard.state.form?.error,
                       "a single change may move a balance by at most 1,000,000,000 points (this one moves 1,000,000,001); split it into smaller changes")
        XCTAssertEqual(try driver.store.member(email: "zoe@example.com").balance, 120)
    }

    func testOverviewSaysTheLiabilityIsTooLargeToCountWhenNoAmountOfMoneyHoldsIt() throws {
        let driver = try DashboardDriver(now: DashboardDriver.shopDay) { store in
            try DashboardDriver.launch(store, extraMembers: 10)
            _ = try store.addReward(Reward(name: "Pay with points", kind: .flexible(FlexibleReward(
                points: 1, value: Money(minorUnits: Limits.maximumRateMoney, currency: .euro)))))
            for n in 0..<10 {
                for _ in 0..<(Limits.maximumBalance / Limits.maximumChange) {
                    _ = try store.give(email: "m\(n)@example.com", points: Limits.maximumChange, reason: "to the largest balance")
                }
            }
        }
        driver.press(.character("1"))
        XCTAssertTrue(driver.screen.contains("Liability too large to count (unredeemed × value per point)"), driver.screen)
    }
}
