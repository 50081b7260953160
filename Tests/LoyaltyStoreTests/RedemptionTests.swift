import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class RedemptionTests: XCTestCase {
    func testAFixedRewardCostsItsPointsAndIssuesACoupon() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 150)
        let coupon = try shop.redeemFiveOff("zoe@example.com", orderRef: "2001")
        XCTAssertEqual(coupon.code.count, 12)
        XCTAssertTrue(coupon.code.allSatisfy(Set(CouponCode.alphabet).contains))
        XCTAssertEqual(coupon.state, .issued)
        XCTAssertEqual(coupon.points, 100)
        XCTAssertEqual(coupon.memberID, zoe.id)
        XCTAssertEqual(coupon.description, "€5.00 off")
        XCTAssertEqual(coupon.discountType, "amount_off")
        XCTAssertEqual(coupon.discountValue, 500)
        XCTAssertEqual(coupon.orderRef, "2001")
        let member = try shop.store.member(email: "zoe@example.com")
        XCTAssertEqual(member.balance, 50)
        XCTAssertEqual(member.redeemedTotal, 100)
        let entry = try XCTUnwrap(shop.store.activity(memberID: zoe.id, limit: 1).first)
        XCTAssertEqual(entry.kind, .redeem)
        XCTAssertEqual(entry.delta, -100)
        XCTAssertEqual(entry.reason, "€5 off: coupon \(coupon.code)")
        try shop.assertConsistent()
    }

    func testCouponCodesAreUnique() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100 * 200)
        var codes = Set<String>()
        for _ in 0..<200 { codes.insert(try shop.redeemFiveOff("zoe@example.com").code) }
        XCTAssertEqual(codes.count, 200)
    }

    func testNotEnoughPointsIsRefusedAndChangesNothing() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 99)
        XCTAssertEqual(errorMessage { try shop.redeemFiveOff("zoe@example.com") }, "zoe@example.com has 99 Stars; \"€5 off\" costs 100")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 99)
        XCTAssertEqual(try shop.store.coupons(), [])
    }

    func testAZeroBalanceIsRefusedClearly() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        XCTAssertEqual(errorMessage { try shop.redeemFiveOff("zoe@example.com") }, "zoe@example.com has 0 Stars; redeeming needs a positive balance")
    }

    func testATierRewardNeedsThatTierOrHigher() throws {
        let shop = try Shop()
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 1000))
        let vip = try shop.store.addReward(Reward(name: "VIP gift", kind: .fixed(FixedReward(cost: 10, discount: .freeProduct(sku: "VIP"), minimumTierID: gold.id))))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 999)
        XCTAssertEqual(errorMessage { _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: vip.id)) },
                       "\"VIP gift\" is for Gold and above; zoe@example.com is Base")
        try shop.store.gift("zoe@example.com", 1)
        XCTAssertEqual(try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: vip.id)).sku, "VIP")
    }

    func testAMinimumSubtotalIsCheckedWhenTheOrderTotalIsGiven() throws {
        let shop = try Shop()
        let tenPercent = try shop.store.addReward(Reward(name: "10% off", kind: .fixed(FixedReward(cost: 10, discount: .percentOff(10), minimumSubtotal: eur("20")))))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100)
        XCTAssertTrue(errorMessage { _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: tenPercent.id, orderTotal: eur("19.99"))) }
            .contains("needs an order of at least 20.00 EUR"))
        let coupon = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: tenPercent.id, orderTotal: eur("20")))
        XCTAssertEqual(coupon.discountValue, 10)
        XCTAssertEqual(coupon.minimumSubtotal, 2000)
    }

    func testTheFlexibleRewardUsesTheFormulaAndChargesThePointsUsed() throws {
        let shop = try Shop()
        let flex = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(
            FlexibleReward(points: 100, value: eur("1"), minimumPoints: 50, maximumDiscount: .amount(eur("3"))))))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 1000)
        // min(1000, floor(3.00 / 0.01) = 300, floor(2.50 / 0.01) = 250) = 250
        let coupon = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("2.50")))
        XCTAssertEqual(coupon.points, 250)
        XCTAssertEqual(coupon.discountValue, 250)
        XCTAssertEqual(coupon.description, "€2.50 off")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 750)
        // the cap
        XCTAssertEqual(try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("40"))).points, 300)
        // fewer on request
        XCTAssertEqual(try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("40"), points: 60)).points, 60)
        // the balance
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 390)
        XCTAssertEqual(try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("40"), points: 100_000)).points, 300)
        XCTAssertEqual(try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("40"))).points, 90)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        try shop.assertConsistent()
    }

    func testTheFlexibleRewardRefusesBelowItsMinimumAndWithoutAnOrderTotal() throws {
        let shop = try Shop()
        let flex = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(points: 100, value: eur("1"), minimumPoints: 50))))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 49)
        XCTAssertTrue(errorMessage { _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("10"))) }
            .contains("needs at least 50"))
        XCTAssertTrue(errorMessage { _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id)) }.contains("needs the order total"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 49)
    }

    func testACouponIsUsedOrVoidedOnceAndVoidingReturnsItsPoints() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 300)
        let used = try shop.redeemFiveOff("zoe@example.com")
        let voided = try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try shop.store.useCoupon(code: used.code.lowercased()).state, .used)
        XCTAssertTrue(errorMessage { _ = try shop.store.voidCoupon(code: used.code) }.contains("is used; only an issued coupon can become voided"))
        XCTAssertEqual(try shop.store.voidCoupon(code: voided.code).state, .voided)
        XCTAssertThrowsError(try shop.store.voidCoupon(code: voided.code))
        XCTAssertThrowsError(try shop.store.useCoupon(code: voided.code))
        XCTAssertThrowsError(try shop.store.useCoupon(code: "NOSUCHCOUPON"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 200)
        let back = try XCTUnwrap(shop.store.activity(memberID: zoe.id, limit: 1).first)
        XCTAssertEqual(back.kind, .reverse)
        XCTAssertEqual(back.delta, 100)
        XCTAssertNotNil(back.reversesID)
        XCTAssertEqual(try shop.store.coupons(state: .used).map(\.code), [used.code])
        XCTAssertEqual(try shop.store.coupons(state: .voided).map(\.code), [voided.code])
        try shop.assertConsistent()
    }

    func testTheDatabaseRefusesMovingACouponOutOfAFinalState() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100)
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        _ = try shop.store.useCoupon(code: coupon.code)
        XCTAssertThrowsError(try shop.store.db.run("UPDATE coupons SET state = 'issued' WHERE code = ?", [coupon.code]))
        XCTAssertEqual(try shop.store.coupons(state: .used).count, 1)
    }
}
