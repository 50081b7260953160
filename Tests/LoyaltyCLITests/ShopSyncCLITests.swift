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
        XCTAssertGreaterThanOrEqual(status?["synced_orders"] as? Int ?? 0, 230)
        XCTAssertTrue(try cli.ok("shop", "status").contains("`loyalty sync` has read "), "shop status says how much the syncs read")

        try shop.control("refund?order=1")
        for expected in [1, 0] {
            let sync = try cli.run("sync", "--json")
            let read = try JSONSerialization.jsonObject(with: Data(sync.out.utf8)) as? [String: Any]
            XCTAssertEqual(read?["reversals"] as? Int, expected, "the refund is taken back by the next sync, and only by it: \(sync.out)")
        }
        XCTAssertEqual(try cli.run("check").status, 0)
    }

    func testWooCommerceCustomersAreReadOnceAndOneWhoRegistersLaterByTheNextSync() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 5)
        let cli = try connected(shop)
        let customers = "/wp-json/wc/v3/customers"
        XCTAssertEqual(try cli.run("sync").status, 0)
        XCTAssertEqual(try shop.served()[customers], 15, "the shop's 15 customers, read once")

        let before = try shop.requests().count
        XCTAssertEqual(try cli.run("sync").status, 0)
        let asked = try shop.requests().dropFirst(before).filter { $0.hasPrefix("GET \(customers)?") }
        XCTAssertEqual(asked, ["GET \(customers)?orderby=id&order=asc&per_page=100&offset=15"], "one request, after the customers read")
        XCTAssertEqual(try shop.served()[customers], 15, "a sync with nothing new reads no customer twice")

        try shop.control("register")
        let third = try cli.run("sync", "--json")
        XCTAssertEqual(third.status, 0, third.err)
        XCTAssertEqual(try shop.served()[customers], 16, "only the new customer is read")
        let summary = try JSONSerialization.jsonObject(with: Data(third.out.utf8)) as? [String: Any]
        XCTAssertEqual(summary?["customers"] as? Int, 1, third.out)
        let newcomer = try cli.json("member", "show", "customer16@example.com") as? [String: Any]
        XCTAssertEqual(newcomer?["status"] as? String, "member", "the customer who registered is a member")
    }

    func testMoreOrdersChangedInOneSecondThanAPageHoldsAreAllRead() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 260, seed: 4, ties: 230)
        let cli = try connected(shop)
        let sync = try cli.run("sync", "--json")
        XCTAssertEqual(sync.status, 0, sync.err)
        let requests = try shop.requests().filter { $0.contains("/orders?") }
        XCTAssertTrue(requests.contains { $0.hasSuffix("&page=2") || $0.hasSuffix("&page=3") },
                      "a page all of one second moves on by page number, not by date: \(requests)")
        let orders = try cli.runInShell("sqlite3 \"$LOYALTY_DB\" \"SELECT count(*) FROM orders\"")
        XCTAssertEqual(Int(orders.out.trimmingCharacters(in: .whitespacesAndNewlines)), try shop.paidOrders(), "every paid order was read")
        let again = try cli.run("sync", "--json")
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any])?["earned"] as? Int, 0)
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
        XCTAssertEqual(summary?["pages"] as? Int, 4, "250 orders a page, then a page of customers")
        XCTAssertEqual(summary?["customers"] as? Int, 15)
        XCTAssertEqual(summary?["members_updated"] as? Int, 15, "the visitors their orders made became members as customers of the shop")
        let requests = try shop.requests()
        XCTAssertEqual(requests.prefix(3).map { $0 }, Array(repeating: "GET /admin/api/2024-10/orders.json?status=any&limit=250", count: 3))
        XCTAssertEqual(requests.filter { $0.contains("page_info=") }.count, 2, "the next pages are the Link header's: \(requests)")
        XCTAssertFalse(requests.contains { $0.contains("page_info=") && $0.contains("status=") }, "page_info is not combined with the query")
        XCTAssertEqual(requests.last, "GET /admin/api/2024-10/customers.json?limit=250")

        try shop.control("fail?status=500&times=9&retry_after=0")
        let failed = try cli.run("sync")
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.err.contains("answered HTTP 500 to 5 tries in a row"), failed.err)
        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Last error:    the shop is busy or failing: Shopify \(shop.address) answered HTTP 500"), status)
    }

    func testACursorTheShopNoLongerKnowsStartsItsRunAgain() throws {
        let shop = try ShopStandIn(.shopify, orders: 300, seed: 6)
        let cli = try connected(shop)
        let kept = "\(shop.address)/admin/api/2024-10/orders.json?limit=250&page_info=expired"
        let set = try cli.runInShell("sqlite3 \"$LOYALTY_DB\" \"INSERT INTO shop_sync(resource, page, next_url, updated_at) VALUES ('orders', 1, '\(kept)', 0)\"")
        XCTAssertEqual(set.status, 0, set.err)
        let sync = try cli.run("sync", "--json")
        XCTAssertEqual(sync.status, 0, sync.err)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(sync.out.utf8)) as? [String: Any])?["orders"] as? Int, 300)
        XCTAssertEqual(try shop.requests().prefix(2).map { $0 }, ["GET /admin/api/2024-10/orders.json?limit=250&page_info=expired",
                                                                 "GET /admin/api/2024-10/orders.json?status=any&limit=250"])
    }

    func testARevokedKeyStopsAtOnceSaysToConnectAgainAndShopStatusShowsIt() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 5)
        let cli = try connected(shop, wrongKey: true)
        let sync = try cli.run("sync")
        XCTAssertEqual(sync.status, 1)
        XCTAssertTrue(sync.err.contains("the key was revoked or may not read orders (WooCommerce \(shop.address) refused it with HTTP 401)"), sync.err)
        XCTAssertTrue(sync.err.contains("`loyalty shop connect`"), sync.err)
        XCTAssertFalse(sync.err.contains("cs_wrong"), "no credential in the message")
        XCTAssertEqual(try shop.requests().count, 1, "a 401 is not asked again")
        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Last error:    the key was revoked or may not read orders"), status)
        XCTAssertTrue(status.contains("Last sync:     never"), status)

        try cli.ok("shop", "disconnect")
        let path = cli.directory.appendingPathComponent("new.secrets").path
        try shop.credentials().write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try cli.ok("shop", "connect", "woocommerce", "--url", shop.address, "--credentials-file", path)
        let again = try cli.run("sync", "--json")
        XCTAssertEqual(again.status, 0, "connected again with the right key, the sync reads: \(again.err)")
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any])?["orders"] as? Int, 5)
        XCTAssertTrue(try cli.ok("shop", "status").contains("Last error:    none"))
    }

    func testEveryRunsAgainUntilTheKeyIsRevokedThenStopsWithTheReason() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 20)
        let cli = try connected(shop)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["--db", cli.database, "sync", "--every", "10s"]
        process.environment = ["LANG": "C.UTF-8", "XDG_DATA_HOME": cli.directory.path, "PATH": "/usr/bin:/bin"]
        let out = cli.directory.appendingPathComponent("every.out"), err = cli.directory.appendingPathComponent("every.err")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let deadline = Date().addingTimeInterval(30)
        while (try String(contentsOf: out, encoding: .utf8)).isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertTrue(try String(contentsOf: out, encoding: .utf8).hasPrefix("Synced WooCommerce"), "the first round synced")
        try shop.control("revoke")
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertFalse(process.isRunning, "a revoked key stops the loop")
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(try String(contentsOf: err, encoding: .utf8).contains("the key was revoked"))
        XCTAssertEqual(try shop.requests().filter { $0.contains("/orders?") }.count, 2, "the second round asked again, after 10 s")
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
