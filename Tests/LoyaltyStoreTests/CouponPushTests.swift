import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The outbox of coupons for the connected shop: each coupon and action queued once, a failed push
/// waiting longer each time, a voided coupon removed only when the shop may have it, and a coupon
/// the shop's order used marked used here once.
final class CouponPushTests: XCTestCase {
    private func shopWithPoints() throws -> Shop {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        _ = try shop.store.gift("zoe@example.com", 1_000)
        return shop
    }

    func testAnIssuedCouponIsQueuedOnceAndAFailedPushWaitsLongerEachTime() throws {
        let shop = try shopWithPoints()
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try shop.store.couponPushBacklog().waiting, 1, "issued, not pushed yet")
        XCTAssertEqual(try shop.store.queueCouponPushes(), 1)
        XCTAssertEqual(try shop.store.queueCouponPushes(), 0, "queued once")
        XCTAssertEqual(try shop.store.couponPushBacklog().waiting, 1)
        XCTAssertEqual(try shop.store.exportCoupons { _ in }, 0, "a coupon on its way to the shop is not exported to a file too")

        let push = try XCTUnwrap(try shop.store.duePushes().first)
        XCTAssertEqual(push.coupon.code, coupon.code)
        XCTAssertEqual(push.email, "zoe@example.com")
        XCTAssertEqual(push.action, .create)
        try shop.store.recordPushFailure(push, reason: "the shop answered 500")
        XCTAssertEqual(try shop.store.duePushes(), [], "it waits")
        shop.store.setClock(day(0).addingTimeInterval(59))
        XCTAssertEqual(try shop.store.duePushes(), [])
        shop.store.setClock(day(0).addingTimeInterval(60))
        let again = try XCTUnwrap(try shop.store.duePushes().first)
        XCTAssertEqual(again.attempts, 1)
        try shop.store.recordPushFailure(again, reason: "the shop answered 500")
        shop.store.setClock(day(0).addingTimeInterval(60 + 119))
        XCTAssertEqual(try shop.store.duePushes(), [], "the second wait is twice the first")
        shop.store.setClock(day(0).addingTimeInterval(60 + 120))
        let third = try XCTUnwrap(try shop.store.duePushes().first)
        try shop.store.recordPushDone(third, shopRef: "4711")
        XCTAssertEqual(try shop.store.duePushes(), [])
        XCTAssertEqual(try shop.store.couponPushBacklog(), CouponPushBacklog(waiting: 0, lastError: nil))
        XCTAssertEqual(try shop.store.queueCouponPushes(), 0, "pushed once, never again")
    }

    func testAVoidedCouponIsRemovedFromTheShopOnlyWhenItWasOnItsWayThere() throws {
        let shop = try shopWithPoints()
        let pushed = try shop.redeemFiveOff("zoe@example.com")
        let queued = try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try shop.store.queueCouponPushes(), 2)
        let first = try XCTUnwrap(try shop.store.duePushes().first { $0.coupon.code == pushed.code })
        try shop.store.recordPushDone(first, shopRef: "4711")
        let never = try shop.redeemFiveOff("zoe@example.com")
        for coupon in [pushed, queued, never] { _ = try shop.store.voidCoupon(code: coupon.code) }

        XCTAssertEqual(try shop.store.queueCouponPushes(), 2, "two removals; the coupon never queued is not created at all")
        let due = try shop.store.duePushes()
        XCTAssertEqual(due.map(\.action), [.delete, .delete], "the creation not pushed yet is not pushed")
        XCTAssertEqual(due.first { $0.coupon.code == pushed.code }?.shopRef, "4711", "removed by the shop's id of it")
        XCTAssertNil(due.first { $0.coupon.code == queued.code }?.shopRef, "looked up by its code: an interrupted try may have created it")
        try shop.assertConsistent()
    }

    func testAShopOrderThatUsedALoyaltyCouponMarksItUsedOnce() throws {
        let shop = try shopWithPoints()
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        let order = #"{"id":77,"status":"processing","currency":"EUR","date_paid":"2025-01-01T00:30:00","date_paid_gmt":"2025-01-01T00:30:00","total":"25.00","total_tax":"0.00","shipping_total":"0.00","billing":{"first_name":"Zoë","last_name":"Jansen","email":"zoe@example.com"},"coupon_lines":[{"id":3,"code":"\#(coupon.code.lowercased())","discount":"5.00"},{"id":4,"code":"summer10","discount":"2.00"}],"refunds":[]}"#
        shop.store.setClock(day(0).addingTimeInterval(3_600))
        for delivery in ["d-1", "d-2"] {
            guard case .applied(let summary) = try shop.store.receiveWebhookOrder(WebhookOrder(platform: .woocommerce, topic: "order.updated", deliveryID: delivery, body: Array(order.utf8))) else {
                return XCTFail("not applied")
            }
            XCTAssertEqual(summary.couponsUsed, delivery == "d-1" ? 1 : 0, "marked once; the shop's own code is passed over")
        }
        XCTAssertEqual(try shop.store.read { try $0.coupon(code: coupon.code) }.state, .used)
        XCTAssertEqual(try shop.store.auditEntries(limit: 10).filter { $0.action == "coupon.use" }.count, 1)
        try shop.assertConsistent()
    }
}
