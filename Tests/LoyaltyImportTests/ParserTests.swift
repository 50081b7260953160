import XCTest
import LoyaltyCore

final class ParserTests: XCTestCase {
    func testWooCommercePaidOrdersEarnOnTotalLessTaxAndShipping() throws {
        let parsed = ImportFormat.woocommerce.parse(try Fixture.bytes("woocommerce-snapshot-1.json"), file: "w.json", currency: .euro)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.rows, 5)
        XCTAssertEqual(parsed.passedOver, 1)
        guard case let .earn(event) = parsed.items[0].action else { return XCTFail("\(parsed.items[0])") }
        XCTAssertEqual(event.kind, .order)
        XCTAssertEqual(event.externalID, "woo:1001")
        XCTAssertEqual(event.email, "zoe@example.com")
        XCTAssertEqual(event.name, "Zoë Ångström")
        XCTAssertEqual(event.amount, Money(minorUnits: 4000, currency: .euro))  // 54.45 − 9.45 tax − 5.00 shipping
        XCTAssertEqual(event.occurredAt, utc("2026-03-02T10:12:00Z"), "paid (date_paid_gmt), not created")
        XCTAssertEqual(parsed.items[0].line, 2)
        let cancel = try XCTUnwrap(parsed.items.first { $0.action == .cancel(order: "woo:1005") })
        XCTAssertEqual(cancel.moment, utc("2026-03-07T09:15:00Z"), "an unpaid order cancelled: its date_created_gmt")
        XCTAssertTrue(parsed.items.map(\.action).contains(.refund(RefundRequest(orderRef: "woo:1004", refundID: "501", amount: Money(minorUnits: 2500, currency: .euro),
                                                                                  occurredAt: utc("2026-03-05T09:30:00Z")))), "no date of its own: the order's")
    }

    func testARefundOfTheGrossTotalCountsItsShareOfTheSubtotal() throws {
        // 1002: total 30.86 of which 25.50 subtotal; refunding all 30.86 refunds the whole 25.50.
        let parsed = ImportFormat.woocommerce.parse(try Fixture.bytes("woocommerce-snapshot-2.jsonl"), file: "w.jsonl", currency: .euro)
        XCTAssertTrue(parsed.items.map(\.action).contains(.refund(RefundRequest(orderRef: "woo:1002", refundID: "502", amount: Money(minorUnits: 2550, currency: .euro),
                                                                                  occurredAt: utc("2026-03-09T16:45:00Z")))), "the refund's own date_created_gmt")
        XCTAssertEqual(parsed.items.first { $0.action == .cancel(order: "woo:1002") }?.moment, utc("2026-03-10T08:00:00Z"), "when the order last changed")
    }

    func testBadRowsAreNamedByLineFieldValueAndWhy() throws {
        let parsed = ImportFormat.woocommerce.parse(try Fixture.bytes("woocommerce-bad-rows.jsonl"), file: "bad.jsonl", currency: .euro)
        XCTAssertEqual(parsed.problems.map(\.line), [2, 3, 4])
        XCTAssertEqual(parsed.problems.map(\.field), ["billing.email", "total", "currency"])
        XCTAssertEqual(parsed.problems[1].description, "bad.jsonl line 3: \"total\" is \"12,5O\" — \"12,5O\" is not an amount of money; write it like 12.50")
        XCTAssertEqual(parsed.items.count, 2, "the good orders are still read, for --skip-invalid")
    }

    func testShopifyReadsTheOrderFromItsFirstRowWithQuotedNamesAndNotes() throws {
        let parsed = ImportFormat.shopify.parse(try Fixture.bytes("shopify-orders-export-1.csv"), file: "s.csv", currency: .euro)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.rows, 5)
        XCTAssertEqual(parsed.items.first?.action, .earn(EarningEvent(kind: .order, externalID: "shopify:#1001", email: "zoe@example.com", name: "Zoë Ångström, Jr.",
                                                          amount: Money(minorUnits: 4500, currency: .euro), action: nil,
                                                          occurredAt: utc("2026-03-01T09:05:00Z"))), "Paid at, with its offset")
        let refunded = try XCTUnwrap(parsed.items.first { $0.action == .refundedUpTo(order: "shopify:#1002", total: Money(minorUnits: 2000, currency: .euro)) })
        XCTAssertEqual(refunded.moment, utc("2026-03-02T10:00:00Z"), "the export dates no refund: the order's Paid at")
        // #1001's notes hold a newline, so #1002 starts two records (three lines) later.
        XCTAssertEqual(parsed.items.map(\.line).sorted().first, 2)
        XCTAssertTrue(parsed.items.contains { $0.line == 5 })
    }

    func testGenericCSVAndJSONLinesGiveTheSameKindOfItems() throws {
        let csv = ImportFormat.events.parse(try Fixture.bytes("events.csv"), file: "e.csv", currency: .euro)
        XCTAssertEqual(csv.problems, [])
        XCTAssertEqual(csv.items.map(\.action), [
            .earn(EarningEvent(kind: .order, externalID: "A-100", email: "zoe@example.com", name: "Ångström, Zoë", amount: Money(minorUnits: 4999, currency: .euro), action: nil,
                               occurredAt: utc("2026-03-01T10:00:00Z"))),
            .earn(EarningEvent(kind: .order, externalID: "A-101", email: "noor@example.com", name: "Noor \"the baker\" Haddad", amount: Money(minorUnits: 1200, currency: .euro),
                               action: nil, occurredAt: utc("2026-03-01T00:00:00Z"))),
            .earn(EarningEvent(kind: .review, externalID: "R-7", email: "noor@example.com", name: nil, amount: nil, action: nil, occurredAt: utc("2026-03-02T00:00:00Z"))),
            .refund(RefundRequest(orderRef: "A-100", refundID: "RF-1", amount: Money(minorUnits: 1000, currency: .euro), occurredAt: utc("2026-03-03T00:00:00Z"))),
            .cancel(order: "A-101"),
            .earn(EarningEvent(kind: .custom, externalID: "IG-1", email: "zoe@example.com", name: nil, amount: nil, action: "Follow us on Instagram",
                               occurredAt: utc("2026-03-05T00:00:00Z"))),
        ])
        XCTAssertEqual(csv.items[4].moment, utc("2026-03-04T00:00:00Z"))
        let lines = ImportFormat.events.parse(try Fixture.bytes("events.jsonl"), file: "e.jsonl", currency: .euro)
        XCTAssertEqual(lines.problems, [])
        XCTAssertEqual(lines.items.last?.action, .earn(EarningEvent(kind: .order, externalID: "J-2", email: "new@example.com", name: "Ny Kund", amount: Money(minorUnits: 750, currency: .euro), action: nil)))
    }

    /// `text` (ISO 8601 with Z) as a moment.
    private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func testABrokenJSONLineIsARowProblemNotACrash() {
        let text = "{\"id\": 1, \"status\": \"completed\"\n{\"id\": 2, \"status\": \"pending\"}\n"
        let parsed = ImportFormat.woocommerce.parse(Array(text.utf8), file: "x.jsonl", currency: .euro)
        XCTAssertEqual(parsed.problems.map(\.line), [1])
        XCTAssertEqual(parsed.passedOver, 1)
    }
}
