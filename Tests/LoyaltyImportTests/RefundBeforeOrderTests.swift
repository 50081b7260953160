import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// A refund or cancellation in the events file dated before its order happens when the order was
/// placed, just after it, as WooCommerce's and Shopify's refunds do: it is never taken for a refund of an
/// unknown order, whichever line comes first.
final class RefundBeforeOrderTests: XCTestCase {
    /// `text` (ISO 8601 with Z) as a moment.
    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    let header = "kind,email,external_id,amount,currency,occurred_at,name,action,refund_id\n"

    func entries(_ shop: ImportShop, _ email: String) throws -> [LedgerEntry] {
        try shop.store.activity(memberID: try shop.store.member(email: email).id, limit: 100).reversed()
    }

    func testARefundDatedBeforeItsOrderInTheSameFileIsAppliedAndDatedAtTheOrder() throws {
        let shop = try ImportShop()
        let summary = try shop.importText(header + """
            refund,,B-1,10.00,EUR,2026-02-20,,,RF-1
            order,noor@example.com,B-1,40.00,EUR,2026-03-01T10:00:00Z,Noor,,
            """, .events, name: "events.csv")
        XCTAssertEqual([summary.reversals, summary.unknownOrders], [1, 0], "the refund is not taken for one of an unknown order")
        let noor = try entries(shop, "noor@example.com")
        XCTAssertEqual(noor.map(\.delta), [400, -100])
        XCTAssertEqual(noor.map(\.at), [utc("2026-03-01T10:00:00Z"), utc("2026-03-01T10:00:00Z")], "the refund happens when the order was placed")
        try shop.assertConsistent()
    }

    func testACancellationDatedBeforeAnOrderRecordedEarlierIsDatedAtTheOrder() throws {
        let shop = try ImportShop()
        try shop.importText(header + "order,noor@example.com,B-2,25.00,EUR,2026-03-05T12:00:00Z,Noor,,\n", .events, name: "march.csv")
        let summary = try shop.importText(header + "cancel,,B-2,,,2026-03-01,,,\n", .events, name: "cancellations.csv")
        XCTAssertEqual(summary.reversals, 1)
        let noor = try entries(shop, "noor@example.com")
        XCTAssertEqual(noor.map(\.delta), [250, -250])
        XCTAssertEqual(noor.last?.at, utc("2026-03-05T12:00:00Z"), "not on 1 March, before the order existed")
        try shop.assertConsistent()
    }
}
