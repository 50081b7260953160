import Foundation
import ShopStandInSupport
import XCTest

/// `loyalty sync` against a stand-in of each shop's API on 127.0.0.1: every page read once with the
/// platform's own paging, a second sync reads only what changed, 429 and 5xx are asked again, a
/// refused key stops with the reason kept for `shop status`.
final class ShopSyncCLITests: XCTestCase {
    private func connected(_ shop: ShopStandIn, wrongKey: Bool = false) throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        let path = cli.directory.appendingPathComponent("shop.secrets").path
        try shop.credentials(wrong: wrongKey).write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let place = shop.platform == .woocommerce ? "--url" : "--store"
        try cli.ok("shop", "connect", shop.platform.rawValue, place, shop.address, "--credentials-file", path)
        return cli
    }

    private func balance(_ cli: CLIRunner, _ email: String) throws -> Int {
        let member = try cli.json("member", "show", email) as? [String: Any]
        return member?["balance"] as? Int ?? -1
    }

    func testWooCommerceOrdersArriveOnceAcrossPagesAndALaterRefundOnce() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 230, seed: 3)
        let cli = try connected(shop)
        let first = try cli.run("sync")
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.out.hasPrefix("Synced WooCommerce \(shop.address): "), first.out)
        XCTAssertEqual(first.out.split(separator: "\n").count, 1, "one summary line when not on a terminal: \(first.out)")
        let requests = try shop.requests()
        XCTAssertEqual(requests.first, "GET /wp-json/wc/v3/orders?orderby=modified&order=asc&dates_are_gmt=true&per_page=100&page=1")
        XCTAssertGreaterThanOrEqual(requests.filter { $0.contains("/orders?") }.count, 3, "230 orders take three pages of 100: \(requests)")
        XCTAssertTrue(requests[1].contains("modified_after="), "the next page starts after the last order read: \(requests)")
        XCTAssertTrue(requests.contains { $0.hasPrefix("GET /wp-json/wc/v3/customers?") }, "customers are read too")

        let members = try cli.json("member", "list") as? [[String: Any]] ?? []
        XCTAssertEqual(members.count, 16, "the 15 shop customers became members, beside Zoë")
        let someone = "customer1@example.com"
        let before = try balance(cli, someone)
        XCTAssertGreaterThan(before, 0, "customer1 earned from their orders")
        let check = try cli.run("check")
        XCTAssertEqual(check.status, 0, check.out + check.err)

        let again = try cli.run("sync", "--json")
        XCTAssertEqual(again.status, 0, again.err)
        let summary = try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any]
        XCTAssertEqual(summary?["earned"] as? Int, 0, "a second sync earns nothing again: \(again.out)")
        XCTAssertEqual(try balance(cli, someone), before)

        let status = try cli.json("shop", "status") as? [String: Any]
        XCTAssertNotNil(status?["last_sync_at"] as? String, "shop status shows the last sync")
        XCTAssertTrue(status?["last_error"] is NSNull)

        try shop.control("refund?order=1")
        for expected in [1, 0] {
            let sync = try cli.run("sync", "--json")
            let read = try JSONSerialization.jsonObject(with: Data(sync.out.utf8)) as? [String: Any]
            XCTAssertEqual(read?["reversals"] as? Int, expected, "the refund is taken back by the next sync, and only by it: \(sync.out)")
        }
        XCTAssertEqual(try cli.run("check").status, 0)
    }

    func testAnOrderCancelledInTheShopAfterASyncIsTakenBackByTheNextOnce() throws {
        let shop = try ShopStandIn(.shopify, orders: 12, seed: 5)
        let cli = try connected(shop)
        XCTAssertEqual(try cli.run("sync").status, 0)
        let before = try cli.ok("stats", "--json")
        try shop.control("cancel?order=1")
        let sync = try cli.run("sync", "--json")
        XCTAssertEqual(sync.status, 0, sync.err)
        let summary = try JSONSerialization.jsonObject(with: Data(sync.out.utf8)) as? [String: Any]
        XCTAssertEqual(summary?["reversals"] as? Int, 1, "the cancelled order is taken back: \(sync.out)")
        XCTAssertEqual(summary?["already_applied"] as? Int ?? 0, 0, "only the changed order is read again: \(sync.out)")
        let third = try cli.run("sync", "--json")
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(third.out.utf8)) as? [String: Any])?["reversals"] as? Int, 0,
                       "and taken back once: \(third.out)")
        XCTAssertNotEqual(try cli.ok("stats", "--json"), before)
        XCTAssertEqual(try cli.run("check").status, 0)
    }

    func testShopifyPagesFollowTheLinkCursorAndA429IsAskedAgainAsRetryAfterSays() throws {
        let shop = try ShopStandIn(.shopify, orders: 600, seed: 2)
        let cli = try connected(shop)
        try shop.control("fail?status=429&times=2&retry_after=1")
        let started = Date()
        let sync = try cli.run("sync", "--json")
        XCTAssertEqual(sync.status, 0, sync.err)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 2, "each 429 waited the second its Retry-After asked")
        let summary = try JSONSerialization.jsonObject(with: Data(sync.out.utf8)) as? [String: Any]
        XCTAssertEqual(summary?["orders"] as? Int, 600)
        XCTAssertEqual(summary?["pages"] as? Int, 3, "250 a page")
        let requests = try shop.requests()
        XCTAssertEqual(requests.prefix(3).map { $0 }, Array(repeating: "GET /admin/api/2024-10/orders.json?status=any&limit=250", count: 3))
        XCTAssertEqual(requests.filter { $0.contains("page_info=") }.count, 2, "the next pages are the Link header's: \(requests)")
        XCTAssertFalse(requests.contains { $0.contains("page_info=") && $0.contains("status=") }, "page_info is not combined with the query")

        try shop.control("fail?status=500&times=9&retry_after=0")
        let failed = try cli.run("sync")
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.err.contains("answered HTTP 500 to 5 tries in a row"), failed.err)
        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Last error:    Shopify \(shop.address) answered HTTP 500"), status)
    }

    func testARevokedKeyStopsAtOnceSaysToConnectAgainAndShopStatusShowsIt() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 5)
        let cli = try connected(shop, wrongKey: true)
        let sync = try cli.run("sync")
        XCTAssertEqual(sync.status, 1)
        XCTAssertTrue(sync.err.contains("refused the credentials (HTTP 401): the key was revoked"), sync.err)
        XCTAssertTrue(sync.err.contains("`loyalty shop connect`"), sync.err)
        XCTAssertFalse(sync.err.contains("cs_wrong"), "no credential in the message")
        XCTAssertEqual(try shop.requests().count, 1, "a 401 is not asked again")
        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Last error:    WooCommerce \(shop.address) refused the credentials (HTTP 401)"), status)
        XCTAssertTrue(status.contains("Last sync:     never"), status)
    }

    func testPlainHTTPToAShopElsewhereIsRefusedWithWhatToWrite() throws {
        let cli = try CLIRunner.launched()
        let connect = try cli.runInShell("printf 'consumer_key=ck_1\\nconsumer_secret=cs_1\\nwebhook_secret=w\\n' | \"$LOYALTY\" shop connect woocommerce --url http://shop.example")
        XCTAssertEqual(connect.status, 2)
        XCTAssertTrue(connect.err.contains("is not the https address of a WooCommerce site; write it like https://shop.example"), connect.err)
        let sync = try cli.run("sync")
        XCTAssertEqual(sync.status, 1)
        XCTAssertTrue(sync.err.contains("no shop is connected"), sync.err)
        let every = try cli.run("sync", "--every", "5")
        XCTAssertEqual(every.status, 2)
        XCTAssertTrue(every.err.contains("--every takes a duration of 10s to 24h like 30s, 5m or 1h"), every.err)
    }
}
