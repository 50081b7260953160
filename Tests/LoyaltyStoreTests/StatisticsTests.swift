import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class StatisticsTests: XCTestCase {
    func testTotalsFollowEveryKindOfChange() throws {
        let shop = try Shop(expiryMonths: 1)
        let flex = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(points: 100, value: eur("1")))))
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 300))
        try shop.member("zoe@example.com")
        try shop.member("ann@example.com")
        try shop.member("pat@example.com", status: .pending)
        try shop.store.order("1", "zoe@example.com", "40")       // earn 400 (zoe → Gold)
        try shop.store.order("2", "vic@example.com", "5")        // earn 50, a visitor
        try shop.store.gift("ann@example.com", 70)               // give 70
        let coupon = try shop.redeemFiveOff("zoe@example.com")   // redeem 100
        _ = try shop.store.voidCoupon(code: coupon.code)         // returned 100
        try shop.redeemFiveOff("zoe@example.com")                // redeem 100
        _ = try shop.store.remove(email: "ann@example.com", points: 20, reason: "r") // removed 20
        _ = try shop.store.setBalance(email: "ann@example.com", to: 80, reason: "r") // set +30
        _ = try shop.store.refund(RefundRequest(orderRef: "1", refundID: "a", amount: eur("10"))) // reversed 100
        shop.store.setClock(day(40))
        _ = try shop.store.expirePoints()                         // vic's 50 and ann's lots expire; zoe's remaining 200 too

        let stats = try shop.store.statistics()
        XCTAssertEqual(stats.issued, 400 + 50 + 70 + 30)
        XCTAssertEqual(stats.redeemed, 200)
        XCTAssertEqual(stats.returned, 100)
        XCTAssertEqual(stats.removed, 20)
        XCTAssertEqual(stats.reversed, 100)
        XCTAssertEqual(stats.expired, 50 + 80 + 200)
        XCTAssertEqual(stats.unredeemed, 0)
        XCTAssertEqual(stats.unredeemed, stats.issued + stats.returned - stats.redeemed - stats.removed - stats.reversed - stats.expired)
        XCTAssertEqual(stats.membersByStatus, [.member: 2, .pending: 1, .visitor: 1])
        XCTAssertEqual(stats.memberCount, 4)
        XCTAssertEqual(stats.membersByTier.map(\.tier.id), [1, gold.id])
        XCTAssertEqual(stats.membersByTier.map(\.count), [3, 1], "zoe stays Gold: 400 earned, less 100 reversed")
        XCTAssertEqual(stats.liability, eur("0"))
        _ = flex
        try shop.assertConsistent()
    }

    func testUnredeemedPointsAreTheSumOfBalancesAndTheLiabilityUsesTheFlexibleRate() throws {
        let shop = try Shop()
        _ = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(points: 100, value: eur("1")))))
        try shop.store.order("1", "zoe@example.com", "12.34")
        try shop.store.order("2", "ann@example.com", "1")
        let stats = try shop.store.statistics()
        XCTAssertEqual(stats.unredeemed, 120 + 10, "12.34 earns on 12 whole euros")
        XCTAssertEqual(stats.liability, eur("1.30"))
    }

    func testThereIsNoLiabilityWithoutAFlexibleReward() throws {
        let shop = try Shop()
        try shop.store.order("1", "zoe@example.com", "10")
        XCTAssertNil(try shop.store.statistics().liability)
    }

    func testDailyPointsShowIssuedAndRedeemedPerDayWithEmptyDaysAsZero() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "20")
        shop.store.setClock(day(2))
        try shop.redeemFiveOff("zoe@example.com")
        try shop.store.gift("zoe@example.com", 5)
        let days = try shop.store.dailyPoints(days: 3)
        XCTAssertEqual(days.map(\.day), [day(0), day(1), day(2)])
        XCTAssertEqual(days.map(\.issued), [200, 0, 5])
        XCTAssertEqual(days.map(\.redeemed), [0, 0, 100])
    }
}
