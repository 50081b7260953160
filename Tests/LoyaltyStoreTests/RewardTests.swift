import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class RewardTests: XCTestCase {
    func testEveryKindOfFixedDiscountIsStoredAsGiven() throws {
        let shop = try Shop()
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 1000))
        let rewards = [
            Reward(name: "10% off", kind: .fixed(FixedReward(cost: 200, discount: .percentOff(10), minimumSubtotal: eur("20")))),
            Reward(name: "Free shipping", kind: .fixed(FixedReward(cost: 50, discount: .freeShipping))),
            Reward(name: "Free coffee", kind: .fixed(FixedReward(cost: 80, discount: .freeProduct(sku: "COFFEE")))),
            Reward(name: "Cake for 1", kind: .fixed(FixedReward(cost: 90, discount: .salePrice(sku: "CAKE", price: eur("1")), minimumTierID: gold.id))),
        ]
        for reward in rewards {
            let stored = try shop.store.addReward(reward)
            XCTAssertEqual(Reward(id: 0, name: stored.name, kind: stored.kind, active: stored.active), reward)
        }
        XCTAssertEqual(try shop.store.rewards().count, 5)
    }

    func testASecondFlexibleRewardIsRefusedWithAClearMessage() throws {
        let shop = try Shop()
        let first = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(points: 100, value: eur("1")))))
        let message = errorMessage { _ = try shop.store.addReward(Reward(name: "More points off", kind: .flexible(FlexibleReward(points: 50, value: eur("1"))))) }
        XCTAssertEqual(message, "there is already a flexible reward (\"Points off\", id \(first.id)); a programme has at most one, so edit that one instead")
        XCTAssertEqual(try shop.store.rewards().filter(\.isFlexible).count, 1)
        // editing the one flexible reward is fine
        var edited = first
        edited.kind = .flexible(FlexibleReward(points: 50, value: eur("1"), minimumPoints: 100, maximumDiscount: .percentOfOrder(50)))
        XCTAssertEqual(try shop.store.editReward(edited), edited)
    }

    func testARewardCannotSwitchBetweenFixedAndFlexible() throws {
        let shop = try Shop()
        var changed = shop.fiveOff
        changed.kind = .flexible(FlexibleReward(points: 100, value: eur("1")))
        XCTAssertTrue(errorMessage { _ = try shop.store.editReward(changed) }.contains("cannot change between fixed and flexible"))
    }

    func testInvalidRewardsAreRefused() throws {
        let shop = try Shop()
        XCTAssertThrowsError(try shop.store.addReward(Reward(name: String(repeating: "x", count: 81), kind: .fixed(FixedReward(cost: 10, discount: .freeShipping)))))
        XCTAssertThrowsError(try shop.store.addReward(Reward(name: "Free", kind: .fixed(FixedReward(cost: 0, discount: .freeShipping)))))
        XCTAssertThrowsError(try shop.store.addReward(Reward(name: "Big", kind: .fixed(FixedReward(cost: 10, discount: .percentOff(101))))))
        XCTAssertThrowsError(try shop.store.addReward(Reward(name: "Gold", kind: .fixed(FixedReward(cost: 10, discount: .freeShipping, minimumTierID: 999)))))
        let dollars = Money(minorUnits: 500, currency: try Currency(code: "USD"))
        XCTAssertTrue(errorMessage { _ = try shop.store.addReward(Reward(name: "$5", kind: .fixed(FixedReward(cost: 10, discount: .amountOff(dollars))))) }
            .contains("programme's currency EUR"))
        XCTAssertEqual(try shop.store.rewards().count, 1)
    }

    func testRewardsCanBeDeactivatedAndDeletedKeepingIssuedCoupons() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 300)
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        XCTAssertFalse(try shop.store.setRewardActive(id: shop.fiveOff.id, false).active)
        XCTAssertTrue(errorMessage { try shop.redeemFiveOff("zoe@example.com") }.contains("is not active"))
        try shop.store.deleteReward(id: shop.fiveOff.id)
        XCTAssertEqual(try shop.store.rewards(), [])
        XCTAssertThrowsError(try shop.store.deleteReward(id: shop.fiveOff.id))
        let kept = try shop.store.coupons(memberID: coupon.memberID)
        XCTAssertEqual(kept.map(\.code), [coupon.code])
        XCTAssertEqual(kept.first?.rewardName, "€5 off")
        XCTAssertEqual(kept.first?.description, "€5.00 off")
        try shop.assertConsistent()
    }
}
