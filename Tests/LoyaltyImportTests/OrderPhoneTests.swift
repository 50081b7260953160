import XCTest
import LoyaltyCore
import LoyaltyStore

/// A new order's phone fills the member's phone when they have none, audited with the file and line;
/// a phone the member has (the owner's edit, an earlier order's) is never replaced by an order's.
final class OrderPhoneTests: XCTestCase {
    private func phone(_ shop: ImportShop, _ email: String) throws -> String? { try shop.store.member(email: email).details.phone }

    private func phoneEdits(_ shop: ImportShop) throws -> [String] {
        try shop.store.auditEntries(limit: 1000).reversed().filter { $0.action == "member.edit" }.map { "\($0.subject): \($0.before) → \($0.after) (\($0.reason))" }
    }

    func testWooCommerceOrdersGiveTheirBillingPhoneToMembersWithout() throws {
        let shop = try ImportShop()
        let first = try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        XCTAssertEqual(first.phonesFilled, 3, "Zoë (a member without a phone), and the new visitors José and Ana")
        for email in ["zoe@example.com", "jose@example.com", "ana@example.com"] { XCTAssertEqual(try phone(shop, email), "+31 20 123 4567", email) }
        XCTAssertThrowsError(try shop.store.member(email: "li@example.com"), "an unpaid order creates nobody")
        let edits = try phoneEdits(shop)
        XCTAssertEqual(edits.count, 3)
        XCTAssertTrue(edits.first?.hasPrefix("zoe@example.com: phone: none → phone: +31 20 123 4567 (woocommerce-snapshot-1.json line ") ?? false, "\(edits)")

        _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë", email: "zoe@example.com", phone: "+31 6 9876 5432"))
        _ = try shop.store.updateMember(email: "ana@example.com", MemberDetails(name: "Ana", email: "ana@example.com", phone: nil))
        let second = try shop.importFixture("woocommerce-snapshot-2.jsonl", .woocommerce)
        XCTAssertEqual(second.phonesFilled, 1, "only Li, whose order is paid now")
        XCTAssertEqual(try phone(shop, "li@example.com"), "+31 20 123 4567")
        XCTAssertEqual(try phone(shop, "zoe@example.com"), "+31 6 9876 5432", "the owner's edit stands")
        XCTAssertNil(try phone(shop, "ana@example.com"), "an order imported again does not bring back a phone the owner cleared")
        try shop.assertConsistent()
    }

    func testShopifyOrdersGiveThePhoneOfTheEarliestNewOrderAndNeverReplaceOne() throws {
        let shop = try ImportShop()
        _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë", email: "zoe@example.com", phone: "+32 2 000 00 00"))
        let summary = try shop.importFixture("shopify-orders-phones.csv", .shopify)
        XCTAssertEqual(summary.earned, 4)
        XCTAssertEqual(try phone(shop, "kim@example.com"), "+32 470 12 34 56",
                       "Kim's first order (lower in the file) happened first; its Phone, without the ' Shopify writes, not its Billing Phone")
        XCTAssertEqual(try phone(shop, "lou@example.com"), "02 555 0199", "Billing Phone when Phone is empty")
        XCTAssertEqual(try phone(shop, "zoe@example.com"), "+32 2 000 00 00", "a phone the member has is kept")
        XCTAssertEqual(summary.phonesFilled, 2)
        let edits = try phoneEdits(shop)
        XCTAssertEqual(edits.count, 3, "the owner's edit, Kim's and Lou's phones")
        XCTAssertTrue(edits.contains { $0.hasPrefix("kim@example.com: phone: none → phone: +32 470 12 34 56 (shopify-orders-phones.csv line 3)") }, "\(edits)")

        _ = try shop.store.updateMember(email: "kim@example.com", MemberDetails(name: "Kim Peeters", email: "kim@example.com", phone: "+32 470 11 11 11"))
        let again = try shop.importFixture("shopify-orders-phones.csv", .shopify)
        XCTAssertEqual([again.phonesFilled, again.duplicates], [0, 4])
        XCTAssertEqual(try phone(shop, "kim@example.com"), "+32 470 11 11 11", "the same orders again change no phone")
        try shop.assertConsistent()
    }

    func testAnOrderWhosePhoneIsNotAPhoneIsNamedAndChangesNothing() throws {
        let shop = try ImportShop()
        let order = """
            {"id": 7, "status": "completed", "currency": "EUR", "date_paid": "2026-03-02T10:12:00", "date_paid_gmt": "2026-03-02T10:12:00", \
            "total": "10.00", "billing": {"email": "kim@example.com", "first_name": "Kim", "phone": "call me maybe"}}
            """
        XCTAssertThrowsError(try shop.importText(order + "\n", .woocommerce, name: "orders.jsonl")) { error in
            XCTAssertEqual((error as? ImportRefused)?.problems.map(\.description),
                           [#"orders.jsonl line 1: "billing.phone" is "call me maybe" — phone "call me maybe" may hold only digits, spaces and + - ( ) ."#])
        }
        XCTAssertThrowsError(try shop.store.member(email: "kim@example.com"), "nothing was imported")
    }
}
