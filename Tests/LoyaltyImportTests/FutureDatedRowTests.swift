import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// A row dated more than 5 minutes after the import is a problem of that row, found while the
/// whole file is checked: every such row is named, nothing is written, and --skip-invalid skips them.
final class FutureDatedRowTests: XCTestCase {
    func shopAt(_ text: String) throws -> ImportShop {
        let shop = try ImportShop()
        let now = ISO8601DateFormatter().date(from: text)!
        shop.store.now = { now }
        return shop
    }

    let events = """
        kind,email,external_id,amount,currency,occurred_at,name
        order,zoe@example.com,1,10.00,EUR,2026-03-01T10:00:00Z,
        order,ann@example.com,2,10.00,EUR,2026-03-02T10:06:00Z,
        review,zoe@example.com,r1,,,2026-03-02T10:04:00Z,
        order,bob@example.com,3,10.00,EUR,2027-01-01,
        """

    func testEveryFutureRowIsNamedAndNothingIsWritten() throws {
        let shop = try shopAt("2026-03-02T10:00:00Z")
        XCTAssertThrowsError(try shop.importText(events, .events, name: "events.csv")) { error in
            let problems = (error as? ImportRefused)?.problems ?? []
            XCTAssertEqual(problems.map(\.line), [3, 5])
            XCTAssertEqual(problems.map(\.field), ["occurred_at", "occurred_at"])
            XCTAssertTrue(problems.first?.why.contains("is in the future") == true, "\(problems)")
        }
        XCTAssertEqual(try shop.balance("zoe@example.com"), 0, "nothing was written")
    }

    func testSkipInvalidImportsTheRestAndCountsThemRejected() throws {
        let shop = try shopAt("2026-03-02T10:00:00Z")
        let summary = try shop.importText(events, .events, name: "events.csv", skipInvalid: true)
        XCTAssertEqual(summary.rejected, 2)
        XCTAssertEqual(try shop.balance("zoe@example.com"), 105, "order 1 and the review 4 minutes ahead")
        XCTAssertThrowsError(try shop.store.member(email: "ann@example.com"))
    }

    func testWooCommerceAndShopifyNameTheDateField() throws {
        let shop = try shopAt("2026-03-02T10:00:00Z")
        let woo = """
            {"id":7,"status":"completed","currency":"EUR","date_paid":"2026-03-05T10:00:00","date_paid_gmt":"2026-03-05T09:00:00","total":"10.00","total_tax":"0.00","shipping_total":"0.00","billing":{"email":"zoe@example.com","first_name":"Zoë","last_name":""},"line_items":[{"subtotal":"10.00","total":"10.00"}],"refunds":[]}
            """
        XCTAssertThrowsError(try shop.importText(woo, .woocommerce, name: "orders.jsonl")) { error in
            XCTAssertEqual((error as? ImportRefused)?.problems.map { "\($0.line) \($0.field)" }, ["1 date_paid_gmt"])
        }
        let shopify = """
            Name,Email,Financial Status,Paid at,Subtotal,Shipping,Taxes,Total,Currency,Created at
            #1001,zoe@example.com,paid,2026-03-09 10:00:00 +0100,10.00,0.00,0.00,10.00,EUR,2026-03-01 10:00:00 +0100
            """
        XCTAssertThrowsError(try shop.importText(shopify, .shopify, name: "orders.csv")) { error in
            XCTAssertEqual((error as? ImportRefused)?.problems.map { "\($0.line) \($0.field)" }, ["2 Paid at"])
        }
    }
}
