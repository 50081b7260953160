import Foundation
import XCTest
import LoyaltyCore

/// A Shopify order as its webhooks send it (JSON) is decided exactly as the same order in the
/// orders export: the same items under the same keys, so either way it earns and reverses once.
final class ShopifyOrderJSONTests: XCTestCase {
    private func items(_ json: String) -> ParsedImport {
        var parsed = ParsedImport()
        ShopifyOrderJSON.read(Array(json.utf8)[...], file: "webhook", currency: .euro, into: &parsed)
        return parsed
    }

    private func exportItems(_ name: String) throws -> [ImportAction] {
        let parsed = ImportFormat.shopify.parse(try Fixture.bytes("shopify-orders-export-1.csv"), file: "export.csv", currency: .euro)
        return parsed.items.map(\.action).filter { action in
            switch action {
            case .earn(let event): return event.externalID == "shopify:\(name)"
            case .refundedUpTo(let order, _), .cancel(let order): return order == "shopify:\(name)"
            case .refund(let request): return request.orderRef == "shopify:\(name)"
            }
        }
    }

    func testAPaidOrderFromTheWebhookEarnsAsTheSameOrderInTheExport() throws {
        let json = """
            {"id":5501,"name":"#1001","email":"zoe@example.com","financial_status":"paid","currency":"EUR",
             "created_at":"2026-03-01T10:00:00+01:00","processed_at":"2026-03-01T10:05:00+01:00","cancelled_at":null,
             "subtotal_price":"45.00","total_tax":"9.45","total_price":"59.40",
             "billing_address":{"name":"Zoë Ångström, Jr.","city":"Bruxelles"},
             "line_items":[{"name":"Espresso cup","quantity":2,"price":"12.50"},{"name":"Beans, dark roast","quantity":1,"price":"20.00"}],
             "refunds":[]}
            """
        let parsed = items(json)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.items.count, 1, "it earns")
        XCTAssertEqual(parsed.items.map(\.action), try exportItems("#1001"))
    }

    func testSuccessfulRefundTransactionsAddUpToTheRefundedAmount() throws {
        let json = """
            {"name":"#1002","email":"bjorn@example.com","financial_status":"partially_refunded","currency":"EUR",
             "processed_at":"2026-03-02T11:00:00+01:00","subtotal_price":"80.00","total_price":"80.00",
             "customer":{"first_name":"Björn","last_name":"Ødegård"},
             "refunds":[{"id":1,"transactions":[{"amount":"15.00","kind":"refund","status":"success"},{"amount":"99.00","kind":"refund","status":"failure"}]},
                        {"id":2,"transactions":[{"amount":"5.00","kind":"refund","status":"success"}]}]}
            """
        let parsed = items(json)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.items.count, 2, "it earns, and 20.00 of it is refunded")
        XCTAssertEqual(parsed.items.map(\.action), try exportItems("#1002"), "20.00 refunded, as the export's Refunded Amount says")
    }

    func testAnOrderThatIsNotJSONOrHasNoNameIsAProblem() {
        XCTAssertEqual(items(##"{"name":"#1003","email":"##).problems.count, 1)
        let nameless = items(#"{"email":"zoe@example.com","financial_status":"paid","subtotal_price":"1.00","total_price":"1.00","currency":"EUR"}"#)
        XCTAssertEqual(nameless.problems.map(\.field), ["name"])
        XCTAssertEqual(nameless.items, [])
    }

    func testThePaidOrdersDiscountCodesAreTheCouponsItUsedAndABadFieldIsNamedAsInTheJSON() {
        let paid = items("""
            {"name":"#1002","email":"zoe@example.com","financial_status":"paid","currency":"EUR","processed_at":"2026-03-01T10:05:00+01:00",
             "subtotal_price":"20.00","total_price":"20.00","discount_codes":[{"code":"t8wg4utapajj","amount":"5.00","type":"fixed_amount"},{"code":"SUMMER","amount":"1.00","type":"fixed_amount"}]}
            """)
        XCTAssertEqual(paid.couponsUsed, [CouponUsedInShop(orderRef: "shopify:#1002", code: "t8wg4utapajj"), CouponUsedInShop(orderRef: "shopify:#1002", code: "SUMMER")])
        let pending = items("""
            {"name":"#1003","email":"zoe@example.com","financial_status":"pending","currency":"EUR","subtotal_price":"20.00","total_price":"20.00","discount_codes":[{"code":"X"}]}
            """)
        XCTAssertEqual(pending.couponsUsed, [], "an unpaid order has used nothing yet")
        let bad = items("""
            {"name":"#1004","email":"zoe@example.com","financial_status":"paid","currency":"EUR","processed_at":"2026-03-01T10:05:00+01:00","subtotal_price":"2O.00","total_price":"20.00"}
            """)
        XCTAssertEqual(bad.problems.map(\.field), ["subtotal_price"])
    }
}
