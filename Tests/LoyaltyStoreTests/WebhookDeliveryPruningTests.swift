import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The ids of webhook deliveries are remembered for 30 days, then forgotten by the daily job;
/// a delivery sent again after that still changes nothing, by its order's own keys.
final class WebhookDeliveryPruningTests: XCTestCase {
    private static let order = #"{"id":42,"status":"completed","currency":"EUR","date_paid":"2025-01-01T12:30:00","date_paid_gmt":"2025-01-01T12:30:00","total":"12.00","total_tax":"2.00","shipping_total":"0.00","billing":{"first_name":"Zoë","last_name":"Jansen","email":"zoe@example.com"},"refunds":[]}"#

    private func deliver(_ store: Store, _ id: String) throws -> WebhookOutcome {
        try store.receiveWebhookOrder(WebhookOrder(platform: .woocommerce, topic: "order.updated", deliveryID: id, body: Array(Self.order.utf8)))
    }

    private func deliveries(_ store: Store) throws -> [String] {
        try store.read { try $0.db.all("SELECT delivery_id FROM webhook_deliveries ORDER BY delivery_id") { $0.text(0) } }
    }

    func testTheDailyJobForgetsDeliveriesOlderThan30DaysAndARepeatAfterThatChangesNothing() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        shop.store.setClock(day(0).addingTimeInterval(13 * 3_600))
        guard case .applied(let summary) = try deliver(shop.store, "d-old") else { return XCTFail("not applied") }
        XCTAssertEqual(summary.points, 100)
        shop.store.setClock(day(20))
        guard case .repeated = try deliver(shop.store, "d-old") else { return XCTFail("a repeat within 30 days is known by its id") }
        _ = try deliver(shop.store, "d-newer")

        shop.store.setClock(day(30).addingTimeInterval(13 * 3_600 - 1))
        XCTAssertEqual(try shop.store.runDailyJob().deliveriesForgotten, 0, "30 days have not passed yet")
        shop.store.setClock(day(30).addingTimeInterval(13 * 3_600 + 1))
        XCTAssertEqual(try shop.store.runDailyJob().deliveriesForgotten, 1)
        XCTAssertEqual(try deliveries(shop.store), ["d-newer"])

        guard case .applied(let again) = try deliver(shop.store, "d-old") else { return XCTFail("a forgotten id is read again") }
        XCTAssertEqual(again.points, 0)
        XCTAssertEqual(again.duplicates, 1, "the order's state was applied before")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
        try shop.assertConsistent()
    }
}
