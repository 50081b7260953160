import Foundation
import XCTest
import LoyaltyCore

/// The WooCommerce and events parsers read JSON with their own scanner; these hold it to what a
/// JSON parser accepts and to how values were read before (through `JSONDecoder`).
final class JSONRecordTests: XCTestCase {
    private func woo(_ record: String) -> ParsedImport {
        ImportFormat.woocommerce.parse(Array(record.utf8), file: "w.jsonl", currency: .euro)
    }

    /// A pending order (passed over when it reads) with `value` in a field nobody reads.
    private func pendingOrder(with value: String) -> String { "{\"id\": 7, \"status\": \"pending\", \"meta\": \(value)}" }

    func testARecordIsRefusedExactlyWhenFoundationFindsItNotJSON() throws {
        let values = [
            "1", "-0", "0.5", "-12.50e-3", "1E+5", "01", "1.", ".5", "-", "+1", "1e", "true", "tru", "null", "nul", "falsey",
            "\"plain\"", "\"caf\\u00e9\"", "\"\\ud83d\\ude00\"", "\"tab\\there\"", "\"bad \\x escape\"", "\"\\u12\"", "\"raw\ttab\"",
            "\"never closed", "[]", "[1, 2]", "[1, 2,]", "[1 2]", "{}", "{\"a\": [{\"b\": null}]}", "{\"a\": 1,}", "{\"a\" 1}", "{a: 1}",
            "[[[[]]]]", "[[[]]", "\"Zoë Ångström 山田\"",
        ]
        for value in values {
            let record = pendingOrder(with: value)
            let foundationAccepts = (try? JSONSerialization.jsonObject(with: Data(record.utf8))) != nil
            let parsed = woo(record)
            XCTAssertEqual(parsed.problems.isEmpty, foundationAccepts, "\(value): \(parsed.problems.map(\.description))")
            if !foundationAccepts { XCTAssertTrue(parsed.problems.first?.why.contains("is not valid JSON") ?? false, value) }
        }
        XCTAssertEqual(woo(pendingOrder(with: "1") + " trailing").problems.map(\.field), ["(record)"], "nothing may follow the record")
    }

    func testNumbersEscapesAndNullsAreReadAsBefore() throws {
        let parsed = woo("""
            {"id": 1042, "status": "completed", "currency": "EUR", "date_paid": "2026-03-02", "total": 54.5, "total_tax": "4.50", "shipping_total": null, \
            "billing": {"email": "zo\\u00eb@example.com", "first_name": "Zo\\u00eb \\"Z\\"", "last_name": "\\u5c71\\u7530", "phone": 31201234567}, \
            "line_items": [{"id": 1, "meta_data": [{"key": "x", "value": {"nested": [1, 2.5, "three"]}}]}], "refunds": null}
            """)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.items.map(\.action), [.earn(EarningEvent(kind: .order, externalID: "woo:1042", email: "zoë@example.com", name: "Zoë \"Z\" 山田",
                                                          amount: Money(minorUnits: 5000, currency: .euro), action: nil,
                                                          phone: "31201234567"))])
    }

    func testAFieldOfTheWrongTypeIsNamedWithItsPath() throws {
        let order = { (billing: String, refunds: String) in
            "{\"id\": 1, \"status\": \"completed\", \"currency\": \"EUR\", \"date_paid\": \"2026-03-02\", \"total\": \"10.00\", \"billing\": \(billing), \"refunds\": \(refunds)}"
        }
        let email = woo(order("{\"email\": {\"address\": \"a@example.com\"}}", "[]")).problems
        XCTAssertEqual(email.map(\.field), ["billing.email"])
        XCTAssertTrue(email[0].why.hasPrefix("has the wrong type"), email[0].why)
        XCTAssertEqual(woo(order("{\"email\": \"a@example.com\"}", "[{\"id\": \"r1\", \"total\": \"-1.00\"}, {\"id\": [2]}]")).problems.map(\.field), ["refunds[1].id"])
        XCTAssertEqual(woo(order("[\"a@example.com\"]", "[]")).problems.map(\.field), ["billing"])
        XCTAssertEqual(woo(order("{\"email\": \"a@example.com\"}", "{\"id\": 1}")).problems.map(\.field), ["refunds"])
    }

    func testEventsInJSONLinesTakeTextNumbersAndNullsAndRefuseNestedValues() throws {
        let text = """
            {"kind": "order", "email": "a@example.com", "external_id": 17, "amount": 12.5, "currency": null, "name": "A"}
            {"kind": "review", "email": "a@example.com", "external_id": "R-1", "amount": {"value": 1}}
            """
        let parsed = ImportFormat.events.parse(Array(text.utf8), file: "e.jsonl", currency: .euro)
        XCTAssertEqual(parsed.items.map(\.action), [.earn(EarningEvent(kind: .order, externalID: "17", email: "a@example.com", name: "A", amount: Money(minorUnits: 1250, currency: .euro), action: nil))])
        XCTAssertEqual(parsed.problems.map(\.field), ["amount"])
        XCTAssertEqual(parsed.problems.map(\.line), [2])
    }
}
