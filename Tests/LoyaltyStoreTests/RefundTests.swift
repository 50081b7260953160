import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class RefundTests: XCTestCase {
    func testRefundingHalfAnOrderReversesHalfItsPointsFloored() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        try shop.store.order("1042", "zoe@example.com", "4.99") // 40 points
        let outcome = try shop.store.refund(RefundRequest(orderRef: "1042", refundID: "r1", amount: eur("2.49")))
        XCTAssertEqual(outcome.reversed, 19, "floor(40 × 2.49 ÷ 4.99) = floor(19.96)")
        XCTAssertEqual(outcome.returned, 0)
        XCTAssertFalse(outcome.duplicate)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 21)
        let entries = try shop.store.activity(memberID: zoe.id, limit: 2)
        XCTAssertEqual(entries[0].kind, .reverse)
        XCTAssertEqual(entries[0].delta, -19)
        XCTAssertEqual(entries[0].reversesID, entries[1].id, "the reversal points at the original earning")
        XCTAssertEqual(entries[0].reason, "Refund of order 1042")
        try shop.assertConsistent()
    }

    func testPartialRefundsAccumulateAndACancellationTakesTheRest() throws {
        let shop = try Shop()
        try shop.store.order("1", "zoe@example.com", "30") // 300 points
        XCTAssertEqual(try shop.store.refund(RefundRequest(orderRef: "1", refundID: "a", amount: eur("10.01"))).reversed, 100) // floor(100.1)
        XCTAssertEqual(try shop.store.refund(RefundRequest(orderRef: "1", refundID: "b", amount: eur("10.01"))).reversed, 100) // floor(200.2) - 100
        XCTAssertEqual(try shop.store.refund(RefundRequest(orderRef: "1")).reversed, 100)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        XCTAssertEqual(try shop.store.refund(RefundRequest(orderRef: "1", refundID: "c", amount: eur("5"))).reversed, 0, "nothing left to reverse")
        try shop.assertConsistent()
    }

    func testTheSameRefundTwiceChangesNothingAndADifferentAmountIsAnError() throws {
        let shop = try Shop()
        try shop.store.order("1", "zoe@example.com", "10")
        let first = try shop.store.refund(RefundRequest(orderRef: "1", refundID: "r1", amount: eur("5")))
        let again = try shop.store.refund(RefundRequest(orderRef: "1", refundID: "r1", amount: eur("5")))
        XCTAssertTrue(again.duplicate)
        XCTAssertEqual(again.reversed, first.reversed)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 50)
        XCTAssertThrowsError(try shop.store.refund(RefundRequest(orderRef: "1", refundID: "r1", amount: eur("6")))) { error in
            XCTAssertEqual((error as? LoyaltyError)?.category, .conflict, "\(error)")
        }
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 50)
        try shop.assertConsistent()
    }

    func testRefundsOfUnknownOrdersOrBadAmountsAreRefused() throws {
        let shop = try Shop()
        try shop.store.order("1", "zoe@example.com", "10")
        XCTAssertEqual(errorMessage { _ = try shop.store.refund(RefundRequest(orderRef: "404")) }, "no order 404 was recorded; nothing to refund")
        XCTAssertThrowsError(try shop.store.refund(RefundRequest(orderRef: "1", refundID: "x", amount: eur("0"))))
        XCTAssertThrowsError(try shop.store.refund(RefundRequest(orderRef: "1", refundID: "x", amount: Money(minorUnits: 100, currency: try Currency(code: "USD")))))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
    }

    func testPointsSpentOnARefundedOrderAreGivenBackInTheSameShare() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100)
        let coupon = try shop.redeemFiveOff("zoe@example.com", orderRef: "77")
        try shop.store.order("77", "zoe@example.com", "20") // 200 points
        let half = try shop.store.refund(RefundRequest(orderRef: "77", refundID: "r1", amount: eur("10")))
        XCTAssertEqual(half.reversed, 100)
        XCTAssertEqual(half.returned, 50)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 150)
        let rest = try shop.store.refund(RefundRequest(orderRef: "77"))
        XCTAssertEqual(rest.reversed, 100)
        XCTAssertEqual(rest.returned, 50)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
        // voiding the coupon now gives back nothing more: its points were all returned by the refund
        XCTAssertEqual(try shop.store.voidCoupon(code: coupon.code).state, .voided)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
        try shop.assertConsistent()
    }

    func testARefundOfSpentPointsLeavesANegativeBalanceThatBlocksRedeemingUntilPositive() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "20") // 200
        try shop.redeemFiveOff("zoe@example.com")
        try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        _ = try shop.store.refund(RefundRequest(orderRef: "1"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), -200)
        try shop.store.order("2", "zoe@example.com", "25") // 250
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 50)
        // positive again, so redeeming works once the balance covers the cost
        try shop.store.order("3", "zoe@example.com", "5")
        XCTAssertNoThrow(try shop.redeemFiveOff("zoe@example.com"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        try shop.assertConsistent()
    }

    func testANegativeBalanceRefusesEvenTheFlexibleReward() throws {
        let shop = try Shop()
        let flex = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(points: 100, value: eur("1")))))
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "1") // 10
        _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("10")))
        _ = try shop.store.refund(RefundRequest(orderRef: "1"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), -10)
        XCTAssertEqual(errorMessage { _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id, orderTotal: eur("10"))) },
                       "zoe@example.com has -10 Stars; redeeming needs a positive balance")
        XCTAssertThrowsError(try shop.store.remove(email: "zoe@example.com", points: 1, reason: "r"), "a removal never takes a balance lower")
    }

    func testAnOrderThatEarnedNothingReversesNothing() throws {
        let shop = try Shop()
        try shop.store.pause()
        try shop.store.order("1", "zoe@example.com", "10")
        try shop.store.resume()
        let outcome = try shop.store.refund(RefundRequest(orderRef: "1"))
        XCTAssertEqual(outcome.reversed, 0)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        try shop.assertConsistent()
    }

    func testPointsThatExpiredAreNotTakenAgainByARefund() throws {
        let shop = try Shop()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(1)))
        shop.store.setClock(day(0))
        try shop.store.order("7", "zoe@example.com", "10") // 100 points, expiring after a month
        shop.store.setClock(day(40))
        XCTAssertEqual(try shop.store.expirePoints().points, 100)
        let outcome = try shop.store.refund(RefundRequest(orderRef: "7"))
        XCTAssertEqual(outcome.reversed, 0, "the 100 points already left with the expiry; taking them again would count them twice")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        XCTAssertEqual(try shop.store.statistics().removed, 0)
        try shop.assertConsistent()
    }

    func testAPartialRefundNeedsItsOwnRefundID() throws {
        let shop = try Shop()
        try shop.store.order("8", "zoe@example.com", "10")
        XCTAssertTrue(errorMessage { _ = try shop.store.refund(RefundRequest(orderRef: "8", amount: eur("5"))) }.contains("needs its own refund id"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100, "nothing changed")
    }
}
