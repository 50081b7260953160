import XCTest
import LoyaltyCore
import LoyaltyStore

final class ImportStoreTests: XCTestCase {
    func testWooCommerceSnapshotsEarnRefundAndCancelOnce() throws {
        let shop = try ImportShop()
        let first = try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        XCTAssertEqual(first.earned, 3)
        XCTAssertEqual(first.points, 400 + 250 + 1000)
        XCTAssertEqual(first.pointsReversed, 250)      // refund 501: 25.00 of 100.00
        XCTAssertEqual(first.visitorsCreated, 2)       // José, Ana (Zoë is a member; Li is not paid yet)
        XCTAssertEqual(first.passedOver, 1)
        XCTAssertEqual(first.unknownOrders, 1)         // 1005 cancelled before payment
        XCTAssertEqual(try shop.balance("ana@example.com"), 750)
        XCTAssertEqual(try shop.reasons("ana@example.com"), ["+1000 Order woo:1004 (100.00 EUR)", "-250 Refund of order woo:1004"])
        try shop.assertConsistent()

        let second = try shop.importFixture("woocommerce-snapshot-2.jsonl", .woocommerce)
        XCTAssertEqual(second.earned, 1)               // 1003 is paid now
        XCTAssertEqual(second.pointsReversed, 250 + 100) // 1002 refunded in full; 1004's second refund (10.00)
        XCTAssertEqual(second.duplicates, 3)           // 1001 earn, 1004 earn, refund 501
        XCTAssertEqual(try shop.balance("jose@example.com"), 0)
        XCTAssertEqual(try shop.balance("ana@example.com"), 650)
        XCTAssertEqual(try shop.balance("li@example.com"), 100)
        XCTAssertEqual(try shop.balance("zoe@example.com"), 400)
        try shop.assertConsistent()

        let stats = try shop.store.statistics()
        let again = try shop.importFixture("woocommerce-snapshot-2.jsonl", .woocommerce)
        XCTAssertEqual(again.earned + again.reversals + again.visitorsCreated, 0)
        XCTAssertEqual(try shop.store.statistics(), stats)
        try shop.assertConsistent()
    }

    func testShopifyRunningRefundsAndLaterCancellations() throws {
        let shop = try ImportShop()
        let first = try shop.importFixture("shopify-orders-export-1.csv", .shopify)
        XCTAssertEqual(first.points, 450 + 800 + 600)
        XCTAssertEqual(try shop.balance("bjorn@example.com"), 600)    // 20.00 of 80.00 refunded
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").balance, 450)
        XCTAssertEqual(try shop.store.member(email: "bjorn@example.com").name, "Björn Ødegård")
        XCTAssertThrowsError(try shop.store.member(email: "dmitri@example.com"), "a pending order creates nobody")
        try shop.assertConsistent()

        let second = try shop.importFixture("shopify-orders-export-2.csv", .shopify)
        XCTAssertEqual(second.earned, 0)
        XCTAssertEqual(try shop.balance("bjorn@example.com"), 400)    // now 40.00 refunded: only the new 20.00 reverses
        XCTAssertEqual(try shop.balance("eve@example.com"), 0)        // cancelled after it earned
        XCTAssertEqual(try shop.reasons("eve@example.com"), ["+600 Order shopify:#1005 (60.00 EUR)", "-600 Refund of order shopify:#1005"])
        let stats = try shop.store.statistics()
        try shop.importFixture("shopify-orders-export-2.csv", .shopify)
        try shop.importFixture("shopify-orders-export-1.csv", .shopify)  // an older snapshot takes nothing back again
        XCTAssertEqual(try shop.store.statistics(), stats)
        try shop.assertConsistent()
    }

    func testGenericEventsEarnRefundAndMatchSingleEvents() throws {
        let shop = try ImportShop()
        _ = try shop.store.record(EarningEvent(kind: .order, externalID: "A-100", email: "zoe@example.com", amount: Money(minorUnits: 4999, currency: .euro)))
        let summary = try shop.importFixture("events.csv", .events)
        XCTAssertEqual(summary.duplicates, 1, "A-100 came in through `loyalty event order` before")
        XCTAssertEqual(try shop.balance("zoe@example.com"), 490 - 98 + 20)
        XCTAssertEqual(try shop.balance("noor@example.com"), 5)
        XCTAssertEqual(try shop.store.member(email: "noor@example.com").name, "Noor \"the baker\" Haddad")
        try shop.importFixture("events.jsonl", .events)
        XCTAssertEqual(try shop.balance("new@example.com"), 70)
        try shop.assertConsistent()
    }

    func testAFileWithBadRowsIsRefusedWholeAndChangesNothing() throws {
        let shop = try ImportShop()
        let before = try shop.store.statistics()
        XCTAssertThrowsError(try shop.importFixture("woocommerce-bad-rows.jsonl", .woocommerce)) { error in
            XCTAssertEqual((error as? ImportRefused)?.problems.map(\.line), [2, 3, 4])
        }
        XCTAssertThrowsError(try shop.importFixture("shopify-other-currency.csv", .shopify)) { error in
            let problem = (error as? ImportRefused)?.problems.first
            XCTAssertEqual(problem?.field, "Currency")
            XCTAssertEqual(problem?.value, "GBP")
        }
        XCTAssertEqual(try shop.store.statistics(), before)
        try shop.assertConsistent()
    }

    func testSkipInvalidImportsTheGoodRows() throws {
        let shop = try ImportShop()
        let summary = try shop.importFixture("events-bad.csv", .events, skipInvalid: true)
        XCTAssertEqual(summary.rejected, 3)
        XCTAssertEqual(summary.earned, 2)
        XCTAssertEqual(try shop.balance("ok@example.com"), 100)
        XCTAssertEqual(try shop.balance("ok2@example.com"), 50)
        try shop.assertConsistent()
    }

    func testAnOrderChangedAfterItEarnedIsReportedAndTheEarlierAwardStands() throws {
        let shop = try ImportShop()
        try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        var text = String(decoding: try Fixture.bytes("woocommerce-snapshot-2.jsonl"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"total\": \"54.45\"", with: "\"total\": \"64.45\"")
        let summary = try shop.importText(text, .woocommerce, name: "edited.jsonl")
        XCTAssertEqual(summary.changed.count, 1)
        XCTAssertTrue(summary.changed[0].hasPrefix("edited.jsonl line 1: order:woo:1001 was recorded before with different details"), summary.changed[0])
        XCTAssertEqual(try shop.balance("zoe@example.com"), 400)
        XCTAssertEqual(summary.earned, 1, "the rest of the snapshot still applies")
        try shop.assertConsistent()
    }

    func testAWholeFileIsOneTransaction() throws {
        // Row 4 passes the file check but the store refuses it: the largest order would earn more
        // than one change may give. Rows 2 and 3 must not stay; the error names row 4.
        let shop = try ImportShop()
        let before = try shop.store.statistics()
        let text = "kind,email,external_id,amount,name\norder,a@example.com,A1,10.00,Ann\n"
            + "order,b@example.com,B1,10.00,Bo\norder,b@example.com,B2,10000000000.00,Bo\n"
        let parsed = ImportFormat.events.parse(Array(text.utf8), file: "t.csv", currency: .euro)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertThrowsError(try shop.importText(text, .events, name: "t.csv")) { error in
            XCTAssertEqual((error as? ImportRefused)?.problems.map(\.line), [4])
        }
        XCTAssertEqual(try shop.store.statistics(), before)
        XCTAssertThrowsError(try shop.store.member(email: "a@example.com"))
        try shop.assertConsistent()
    }
}

/// A shop's orders file that used Loyalty coupons marks them used, as a webhook or a sync would.
final class CouponsUsedInImportTests: XCTestCase {
    func testAnImportedWooCommerceOrderWithALoyaltyCouponMarksItUsedOnce() throws {
        let shop = try ImportShop()
        _ = try shop.store.give(email: "zoe@example.com", points: 100, reason: "opening")
        let coupon = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        let order = #"[{"id":901,"status":"completed","currency":"EUR","date_paid":"2026-01-01T10:00:00","total":"20.00","total_tax":"0.00","shipping_total":"0.00","billing":{"first_name":"Zoë","last_name":"J","email":"zoe@example.com"},"coupon_lines":[{"id":1,"code":"\#(coupon.code.lowercased())","discount":"5.00"}],"refunds":[]}]"#
        for expected in [1, 0] {
            let summary = try shop.store.importFile(.bytes(Array(order.utf8)), format: .woocommerce, file: "orders.json")
            XCTAssertEqual(summary.couponsUsed, expected, "marked used by the first import only")
        }
        XCTAssertEqual(try shop.store.coupons(state: .used, limit: 10).map(\.code), [coupon.code])
    }
}
