import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// The real-order fixtures carry their dates: entries are dated from them, and expiry, campaigns and
/// the tier window count from when each order was placed, not from when it is imported.
final class DatedFixtureTests: XCTestCase {
    /// `text` (ISO 8601 with Z) as a moment.
    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// The import shop with its clock at 2026-12-01, months later than the fixtures' orders (March 2026).
    func lateShop() throws -> ImportShop {
        let shop = try ImportShop()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        shop.store.calendar = calendar
        let now = utc("2026-12-01T00:00:00Z")
        shop.store.now = { now }
        return shop
    }

    func entries(_ shop: ImportShop, _ email: String) throws -> [LedgerEntry] {
        try shop.store.activity(memberID: try shop.store.member(email: email).id, limit: 100).reversed()
    }

    func testWooCommerceEntriesAreDatedWhenPaidAndRefundedAndRecordedWhenImported() throws {
        let shop = try lateShop()
        try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        XCTAssertEqual(try entries(shop, "zoe@example.com").map(\.at), [utc("2026-03-02T10:12:00Z")])
        XCTAssertEqual(try entries(shop, "zoe@example.com").map(\.recorded), [utc("2026-12-01T00:00:00Z")])
        XCTAssertEqual(try shop.store.member(email: "jose@example.com").joined, utc("2026-03-03T11:00:00Z"), "a visitor joined with their first order")
        try shop.importFixture("woocommerce-snapshot-2.jsonl", .woocommerce)
        XCTAssertEqual(try entries(shop, "jose@example.com").map(\.at), [utc("2026-03-03T11:00:00Z"), utc("2026-03-09T16:45:00Z")],
                       "the order, then its refund on the refund's own date")
        try shop.assertConsistent()
    }

    func testOrdersOlderThanTheExpiryArriveEarnedAndExpired() throws {
        let shop = try lateShop()
        _ = try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(6)))
        try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        XCTAssertEqual(try shop.reasons("ana@example.com"), ["+1000 Order woo:1004 (100.00 EUR)", "-1000 Points earned 2026-03-05 expired"],
                       "expired on 2026-09-05; the refund then takes back nothing that could still be spent")
        XCTAssertEqual(try entries(shop, "ana@example.com").map(\.at), [utc("2026-03-05T09:30:00Z"), utc("2026-09-05T09:30:00Z")])
        XCTAssertEqual(try shop.balance("ana@example.com"), 0)
        XCTAssertEqual(try shop.balance("zoe@example.com"), 0)
        try shop.assertConsistent()
    }

    func testACampaignCountsByTheOrdersDate() throws {
        let shop = try lateShop()
        try doubleOrders(shop, "Double days", from: "2026-03-02T00:00:00Z", until: "2026-03-04T00:00:00Z")
        let summary = try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        XCTAssertEqual(summary.points, 800 + 500 + 1000, "Zoë (2 March) and José (3 March) doubled; Ana (5 March) not")
    }

    func testTheTierWindowEndsAtTheEventsDate() throws {
        let shop = try lateShop()
        _ = try shop.store.updateProgram(ProgramUpdate(tierWindowMonths: 1))
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 400))
        try shop.importFixture("events.csv", .events)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierID, gold.id,
                       "499 on 1 March, 100 refunded on 3 March, 20 on 5 March: 419 within the month ending 5 March")
    }

    func testShopifyEntriesAreDatedWhenPaidWithTheirOffsetAndCancelledWhenCancelled() throws {
        let shop = try lateShop()
        try shop.importFixture("shopify-orders-export-1.csv", .shopify)
        XCTAssertEqual(try entries(shop, "zoe@example.com").last?.at, utc("2026-03-01T09:05:00Z"), "Paid at 10:05 +0100")
        XCTAssertEqual(try shop.store.member(email: "bjorn@example.com").joined, utc("2026-03-02T10:00:00Z"), "a visitor joined when their order was paid")
        XCTAssertEqual(try entries(shop, "bjorn@example.com").map(\.at), [utc("2026-03-02T10:00:00Z"), utc("2026-03-02T10:00:00Z")],
                       "the export gives no date for a refund: it is dated with the order")
        try shop.importFixture("shopify-orders-export-2.csv", .shopify)
        let eve = try entries(shop, "eve@example.com")
        XCTAssertEqual(eve.map(\.delta), [600, -600])
        XCTAssertEqual(eve.map(\.at), [utc("2026-03-03T08:00:00Z"), utc("2026-03-04T08:00:00Z")], "the later export's cancellation, on its own date")
        XCTAssertEqual(eve.map(\.recorded), [utc("2026-12-01T00:00:00Z"), utc("2026-12-01T00:00:00Z")])
        try shop.assertConsistent()
    }

    func testShopifyOrdersOlderThanTheExpiryArriveEarnedAndExpiredOnTheirOwnDates() throws {
        let shop = try lateShop()
        _ = try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(6)))
        try shop.importFixture("shopify-orders-export-1.csv", .shopify)
        let eve = try entries(shop, "eve@example.com")
        XCTAssertEqual(eve.map(\.kind), [.earn, .expire])
        XCTAssertEqual(eve.map(\.at), [utc("2026-03-03T08:00:00Z"), utc("2026-09-03T08:00:00Z")], "six months after it was paid")
        XCTAssertEqual(try shop.balance("eve@example.com"), 0)
        XCTAssertEqual(try shop.balance("bjorn@example.com"), 0, "the refund took back 200; the other 600 expired")
        try shop.assertConsistent()
    }

    func testAShopifyCampaignCountsByWhenTheOrderWasPaid() throws {
        let shop = try lateShop()
        try doubleOrders(shop, "Double Monday", from: "2026-03-02T00:00:00Z", until: "2026-03-03T00:00:00Z")
        let summary = try shop.importFixture("shopify-orders-export-1.csv", .shopify)
        XCTAssertEqual(summary.points, 450 + 1_600 + 600, "Björn (paid 2 March) doubled; Zoë (1 March) and Eve (3 March, 08:00 UTC) not")
    }

    func testALateImportLiftsTheTierByTheWindowEndingAtTheMembersLatestOrder() throws {
        let shop = try lateShop()
        _ = try shop.store.updateProgram(ProgramUpdate(tierWindowMonths: 1))
        let silver = try shop.store.addTier(Tier(name: "Silver", threshold: 600))
        try shop.importFixture("woocommerce-snapshot-1.json", .woocommerce)
        XCTAssertNotEqual(try shop.store.member(email: "zoe@example.com").tierID, silver.id, "400 on 2 March")
        try shop.importFixture("shopify-orders-export-1.csv", .shopify)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierID, silver.id,
                       "450 more on 1 March: 850 within the month ending 2 March, her latest order")
        XCTAssertEqual(try shop.store.member(email: "bjorn@example.com").tierID, silver.id, "800 less 200 refunded in March, though that is months before the import")
    }

    func testEventsWithoutADateHappenWhenImported() throws {
        let shop = try lateShop()
        try shop.importFixture("events.jsonl", .events)
        XCTAssertEqual(try entries(shop, "zoe@example.com").map(\.at), [utc("2026-03-01T10:00:00Z")])
        XCTAssertEqual(try entries(shop, "new@example.com").map(\.at), [utc("2026-12-01T00:00:00Z")], "no occurred_at: when it was imported")
        try shop.assertConsistent()
    }

    /// A campaign doubling the order rule's points between two moments (UTC, ISO 8601).
    private func doubleOrders(_ shop: ImportShop, _ name: String, from start: String, until end: String) throws {
        let orders = try XCTUnwrap(try shop.store.rules().first { $0.kind == .order })
        _ = try shop.store.addCampaign(Campaign(name: name, multiplier: 200, starts: utc(start), ends: utc(end), ruleIDs: [orders.id]))
    }
}
