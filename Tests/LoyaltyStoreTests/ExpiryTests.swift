import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class ExpiryTests: XCTestCase {
    func testPointsNeverExpireByDefault() throws {
        let shop = try Shop()
        try shop.store.order("1", "zoe@example.com", "10")
        shop.store.setClock(day(3650))
        XCTAssertEqual(try shop.store.expirePoints().entries, 0)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
    }

    func testExpiryIsFirstInFirstOutWithARedemptionInBetween() throws {
        let shop = try Shop()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(6)))
        let zoe = try shop.member("zoe@example.com")
        shop.store.setClock(day(0))                                 // 2025-01-01
        try shop.store.order("A", "zoe@example.com", "15")          // 150, expires 2025-07-01
        shop.store.setClock(day(60))                                // 2025-03-02
        try shop.store.order("B", "zoe@example.com", "10")          // 100, expires 2025-09-02
        shop.store.setClock(day(90))
        try shop.redeemFiveOff("zoe@example.com")                   // 100 from A, the sooner to expire
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 150)

        shop.store.setClock(day(180))                               // 2025-06-30: nothing due yet
        XCTAssertEqual(try shop.store.expirePoints(), ExpiryReport(entries: 0, points: 0, tierChanges: 0))

        shop.store.setClock(day(181))                               // 2025-07-01: A's remaining 50 expire
        let first = try shop.store.expirePoints()
        XCTAssertEqual(first.entries, 1)
        XCTAssertEqual(first.points, 50)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
        let expired = try XCTUnwrap(shop.store.activity(memberID: zoe.id, limit: 1).first)
        XCTAssertEqual(expired.kind, .expire)
        XCTAssertEqual(expired.delta, -50)
        XCTAssertEqual(expired.reason, "Points earned 2025-01-01 expired")
        XCTAssertNotNil(expired.lotID)

        shop.store.setClock(day(243))                               // 2025-09-01: B not yet
        XCTAssertEqual(try shop.store.expirePoints().entries, 0)
        shop.store.setClock(day(244))                               // 2025-09-02: B expires whole
        XCTAssertEqual(try shop.store.expirePoints().points, 100)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        XCTAssertEqual(try shop.store.statistics().expired, 150)
        try shop.assertConsistent()
    }

    func testRunningTheExpiryJobTwiceChangesNothingTheSecondTime() throws {
        let shop = try Shop(expiryMonths: 1)
        try shop.member("zoe@example.com")
        try shop.member("ann@example.com")
        try shop.store.order("1", "zoe@example.com", "10")
        try shop.store.order("2", "ann@example.com", "3")
        shop.store.setClock(day(40))
        XCTAssertEqual(try shop.store.expirePoints().points, 130)
        let stats = try shop.store.statistics()
        let entries = try shop.store.activity(memberID: 1, limit: 100).count + (try shop.store.activity(memberID: 2, limit: 100).count)
        XCTAssertEqual(try shop.store.expirePoints(), ExpiryReport(entries: 0, points: 0, tierChanges: 0))
        XCTAssertEqual(try shop.store.statistics(), stats)
        XCTAssertEqual(try shop.store.activity(memberID: 1, limit: 100).count + (try shop.store.activity(memberID: 2, limit: 100).count), entries)
        try shop.assertConsistent()
    }

    func testPointsEarnedBeforeExpiryWasTurnedOnForNewPointsOnlyNeverExpireAndAreSpentLast() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("old", "zoe@example.com", "10")        // 100, never expire
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(3), expiryScope: .newPointsOnly))
        shop.store.setClock(day(10))
        try shop.store.order("new", "zoe@example.com", "10")        // 100, expire in 3 months
        try shop.redeemFiveOff("zoe@example.com")                   // spends the expiring lot first
        shop.store.setClock(day(200))
        XCTAssertEqual(try shop.store.expirePoints().entries, 0, "the expiring lot was spent")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
        try shop.assertConsistent()
    }

    func testARefundTakesBackFromItsOwnLotSoTheOtherLotKeepsItsPoints() throws {
        let shop = try Shop(expiryMonths: 6)
        try shop.member("zoe@example.com")
        try shop.store.order("A", "zoe@example.com", "10")          // 100, expires first
        shop.store.setClock(day(30))
        try shop.store.order("B", "zoe@example.com", "10")          // 100, expires a month later
        _ = try shop.store.refund(RefundRequest(orderRef: "B"))     // takes B's own lot, not A
        shop.store.setClock(day(182))
        XCTAssertEqual(try shop.store.expirePoints().points, 100, "A expires whole")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        try shop.assertConsistent()
    }

    func testReturnedPointsFormANewLot() throws {
        let shop = try Shop(expiryMonths: 1)
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100)
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        shop.store.setClock(day(20))
        _ = try shop.store.voidCoupon(code: coupon.code)
        shop.store.setClock(day(32))
        XCTAssertEqual(try shop.store.expirePoints().points, 0, "the gift was spent; the returned points expire a month after their return")
        shop.store.setClock(day(51))
        XCTAssertEqual(try shop.store.expirePoints().points, 100)
        try shop.assertConsistent()
    }
}
