import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore
import Terminal
@testable import LoyaltyTUI

/// The Program section names the connected shop, its last webhook and sync, and its last error.
final class ShopConnectionScreenTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-shop-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The launched shop of `DashboardDriver.launchedShop` in a file (a connection needs a file beside it), connected to WooCommerce.
    private func connectedShop() throws -> Store {
        let store = try Store(path: directory.appendingPathComponent("loyalty.db").path, actor: "anna")
        try DashboardDriver.nameTheShop(store, now: DashboardDriver.shopDay)
        try DashboardDriver.launch(store)
        let credentials = try ShopCredentials(platform: .woocommerce, values: ["consumer_key": "ck_1", "consumer_secret": "cs_2", "webhook_secret": "s3"])
        try store.connectShop(.woocommerce, address: "https://shop.example", credentials: credentials)
        return store
    }

    private func programLines(_ store: Store) throws -> String {
        let driver = try DashboardDriver(store: store)
        driver.press(.character("2"))
        return driver.lines(2...14)
    }

    func testProgramShowsTheConnectedShopAndItsLastWebhook() throws {
        let store = try connectedShop()
        let before = try programLines(store)
        XCTAssertTrue(before.contains("│ Shop activity  last webhook none yet · last sync never"), before)

        store.now = { DashboardDriver.shopDay.addingTimeInterval(3_600) }
        let order = #"{"id":42,"status":"completed","currency":"EUR","date_paid":"2025-03-14T12:30:00","date_paid_gmt":"2025-03-14T12:30:00","total":"12.00","total_tax":"2.00","shipping_total":"0.00","billing":{"first_name":"Zoë","last_name":"Jansen","email":"zoe@example.com"},"refunds":[]}"#
        guard case .applied(let summary) = try store.receiveWebhookOrder(WebhookOrder(platform: .woocommerce, topic: "order.updated", deliveryID: "d1", body: Array(order.utf8))) else {
            return XCTFail("the order was not applied")
        }
        XCTAssertEqual(summary.points, 100)
        let bad = #"{"id":43,"status":"completed","currency":"USD","date_paid":"2025-03-14T12:40:00","total":"1.00","billing":{"email":"zoe@example.com"}}"#
        guard case .refused = try store.receiveWebhookOrder(WebhookOrder(platform: .woocommerce, topic: "order.updated", deliveryID: "d2", body: Array(bad.utf8))) else {
            return XCTFail("an order in another currency was applied")
        }
        let when = DisplayFormat.dayAndTime(DashboardDriver.shopDay.addingTimeInterval(3_600))
        let lines = try programLines(store)
        XCTAssertTrue(lines.contains("│ Shop           WooCommerce https://shop.example"), lines)
        XCTAssertTrue(lines.contains("│ Shop activity  last webhook \(when) · last sync never"), lines)
        XCTAssertTrue(lines.contains("│ Shop error     \(when) \"currency\" is \"USD\" — "), lines)
    }

    func testProgramShowsTheLastSyncAndWhyASyncStopped() throws {
        let store = try connectedShop()
        store.now = { DashboardDriver.shopDay.addingTimeInterval(7_200) }
        try store.finishSync()
        let synced = DisplayFormat.dayAndTime(DashboardDriver.shopDay.addingTimeInterval(7_200))
        XCTAssertTrue(try programLines(store).contains("│ Shop activity  last webhook none yet · last sync \(synced)"))

        store.now = { DashboardDriver.shopDay.addingTimeInterval(10_800) }
        try store.recordSyncFailure(LoyaltyError.shop(.credentialsRefused(title: "WooCommerce https://shop.example", status: 401)).sentence.english)
        let failed = DisplayFormat.dayAndTime(DashboardDriver.shopDay.addingTimeInterval(10_800))
        let lines = try programLines(store)
        XCTAssertTrue(lines.contains("│ Shop activity  last webhook none yet · last sync \(synced)"), "the last good sync stays: \(lines)")
        XCTAssertTrue(lines.contains("│ Shop error     \(failed) the key was revoked or may not read orders"), lines)

        store.now = { DashboardDriver.shopDay.addingTimeInterval(14_400) }
        try store.finishSync()
        XCTAssertFalse(try programLines(store).contains("Shop error"), "a sync that read everything clears the error")
    }
}
