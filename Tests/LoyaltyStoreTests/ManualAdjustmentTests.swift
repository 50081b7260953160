import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class ManualAdjustmentTests: XCTestCase {
    func testSetBalanceShowsTheChangeInTheMembersActivity() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 120)
        shop.store.setClock(day(2))
        let entry = try shop.store.setBalance(email: "zoe@example.com", to: 45, reason: "  counted the paper cards ")
        let shown = try XCTUnwrap(shop.store.activity(memberID: zoe.id, limit: 10).first)
        XCTAssertEqual(shown, entry)
        XCTAssertEqual(shown.kind, .set)
        XCTAssertEqual(shown.delta, -75)
        XCTAssertEqual(shown.balanceAfter, 45)
        XCTAssertEqual(shown.reason, "counted the paper cards")
        XCTAssertEqual(shown.actor, "tester")
        XCTAssertEqual(shown.at, day(2))
        XCTAssertEqual(try shop.store.setBalance(email: "zoe@example.com", to: 500, reason: "correction").delta, 455)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 500)
        try shop.assertConsistent()
    }

    func testGiveAndRemoveAppearInTheActivityNewestFirst() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        _ = try shop.store.give(email: "zoe@example.com", points: 50, reason: "birthday cake mix-up")
        _ = try shop.store.remove(email: "zoe@example.com", points: 20, reason: "double scan")
        let activity = try shop.store.activity(memberID: zoe.id, limit: 10)
        XCTAssertEqual(activity.map(\.kind), [.remove, .give])
        XCTAssertEqual(activity.map(\.delta), [-20, 50])
        XCTAssertEqual(activity.map(\.balanceAfter), [30, 50])
        XCTAssertEqual(activity.map(\.reason), ["double scan", "birthday cake mix-up"])
        XCTAssertEqual(try shop.store.activity(memberID: zoe.id, before: activity[0].id, limit: 10).map(\.kind), [.give])
    }

    func testABalanceNeverGoesBelowZeroByHand() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 30)
        XCTAssertEqual(errorMessage { _ = try shop.store.remove(email: "zoe@example.com", points: 31, reason: "r") },
                       "zoe@example.com has 30 Stars; cannot remove 31 (a balance never goes below zero)")
        XCTAssertTrue(errorMessage { _ = try shop.store.setBalance(email: "zoe@example.com", to: -1, reason: "r") }.contains("cannot be set below zero"))
        _ = try shop.store.remove(email: "zoe@example.com", points: 30, reason: "all of it")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
    }

    func testEveryManualChangeNeedsAReasonAndAPositiveNumber() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        XCTAssertTrue(errorMessage { _ = try shop.store.give(email: "zoe@example.com", points: 5, reason: "  ") }.contains("a reason is required"))
        XCTAssertThrowsError(try shop.store.give(email: "zoe@example.com", points: 0, reason: "r"))
        XCTAssertThrowsError(try shop.store.give(email: "zoe@example.com", points: -5, reason: "r"))
        XCTAssertThrowsError(try shop.store.remove(email: "zoe@example.com", points: 0, reason: "r"))
        XCTAssertThrowsError(try shop.store.give(email: "zoe@example.com", points: 5, reason: "bad\u{1B}[2J"))
        XCTAssertThrowsError(try shop.store.give(email: "nobody@example.com", points: 5, reason: "r"))
        XCTAssertTrue(errorMessage { _ = try shop.store.setBalance(email: "zoe@example.com", to: 0, reason: "r") }.contains("nothing to change"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        XCTAssertEqual(try shop.store.statistics().issued, 0)
    }

    func testSettingANegativeBalanceToZeroClearsTheDebt() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "10")
        try shop.redeemFiveOff("zoe@example.com")
        _ = try shop.store.refund(RefundRequest(orderRef: "1"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), -100)
        XCTAssertEqual(try shop.store.setBalance(email: "zoe@example.com", to: 0, reason: "forgive").delta, 100)
        try shop.store.gift("zoe@example.com", 100)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
        try shop.assertConsistent()
    }

    func testGivenPointsCountAsEarnedAndExpireLikeEarnedOnes() throws {
        let shop = try Shop(expiryMonths: 6)
        let zoe = try shop.member("zoe@example.com")
        let entry = try shop.store.gift("zoe@example.com", 10)
        XCTAssertNotNil(entry.expires, "given points expire like earned ones")
        XCTAssertEqual(try shop.store.member(id: zoe.id).earnedTotal, 10)
    }
}
