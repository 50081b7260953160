import LoyaltyCore
import XCTest

/// A Shopify customer as the Admin API sends it becomes the same record as the export's row.
final class ShopifyCustomerJSONTests: XCTestCase {
    private func read(_ json: String) -> ParsedCustomers {
        var parsed = ParsedCustomers(format: .shopify)
        ShopifyCustomerJSON.read(Array(json.utf8)[...], file: "customers page 1", line: 3, into: &parsed)
        return parsed
    }

    func testTheCustomerIsKeyedAsTheExportKeysItWithConsentAndAccountDate() {
        let parsed = read("""
            {"id": 207119551, "email": "noor.bakker@example.com", "first_name": "Noor", "last_name": "Bakker", "phone": null,
             "created_at": "2026-02-01T10:00:00-04:00", "email_marketing_consent": {"state": "subscribed", "opt_in_level": "single_opt_in"},
             "default_address": {"phone": "+31 20 555 0101"}}
            """)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.customers, [CustomerRecord(line: 3, key: "shopify:207119551", email: "noor.bakker@example.com", name: "Noor Bakker",
                                                         phone: "+31 20 555 0101", acceptsMarketing: true,
                                                         created: Date(timeIntervalSince1970: 1_769_954_400))])
    }

    func testConsentNotGivenIsNoAndAnUnknownStateIsNotKnown() {
        let no = read(#"{"id": 1, "email": "a@example.com", "email_marketing_consent": {"state": "unsubscribed"}}"#)
        XCTAssertEqual(no.customers.first?.acceptsMarketing, false)
        let unknown = read(#"{"id": 2, "email": "b@example.com", "email_marketing_consent": {"state": "pending"}}"#)
        XCTAssertNil(unknown.customers.first?.acceptsMarketing)
    }

    func testNoEmailIsPassedOverAndABadDateIsNamed() {
        let noEmail = read(#"{"id": 3, "email": null, "first_name": "Avi"}"#)
        XCTAssertEqual([noEmail.customers.count, noEmail.passedOver, noEmail.rows], [0, 1, 1])
        let badDate = read(#"{"id": 4, "email": "c@example.com", "created_at": "yesterday"}"#)
        XCTAssertEqual(badDate.problems.map(\.field), ["created_at"])
        XCTAssertEqual(badDate.problems.first?.line, 3)
        XCTAssertTrue(badDate.customers.isEmpty)
    }
}
