import Foundation
import XCTest

/// `loyalty webhook` behind a real lighttpd (mod_cgi) on 127.0.0.1, fed by curl as the shops would:
/// signed orders earn once, bad deliveries are refused and change nothing, concurrent deliveries
/// all land, and `loyalty check` agrees afterwards.
final class WebhookCGITests: XCTestCase {
    static let secret = "wh-secret-Zo3-7f1c"

    private var cli: CLIRunner!
    private var server: Lighttpd!
    private var sender: WebhookSender!

    /// A launched programme (10 Stars per euro, member Zoë) connected to `platform`, served by lighttpd.
    private func connected(_ platform: String) throws {
        cli = try CLIRunner.launched()
        let credentials = cli.directory.appendingPathComponent("shop.secrets")
        let lines = platform == "woocommerce"
            ? "consumer_key=ck_0123456789abcdef\nconsumer_secret=cs_0123456789abcdef\nwebhook_secret=\(Self.secret)\n"
            : "access_token=shpat_0123456789abcdef\nwebhook_secret=\(Self.secret)\n"
        try lines.write(to: credentials, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials.path)
        let place = platform == "woocommerce" ? ["--url", "https://shop.example"] : ["--store", "zoes-cafe"]
        let result = try cli.runRaw(["--db", cli.database, "shop", "connect", platform] + place + ["--credentials-file", credentials.path])
        XCTAssertEqual(result.status, 0, result.err)
        server = try Lighttpd(serving: cli)
        sender = WebhookSender(server: server, directory: cli.directory)
        Thread.sleep(forTimeInterval: 1.1)  // orders are dated now: a second after the launch
    }

    override func tearDown() {
        server?.stop()
        super.tearDown()
    }

    private func balance(_ email: String = "zoe@example.com") throws -> Int {
        let member = try cli.json("member", "show", email) as? [String: Any]
        return member?["balance"] as? Int ?? -1
    }

    private func assertChecks(file: StaticString = #filePath, line: UInt = #line) throws {
        let check = try cli.run("check")
        XCTAssertEqual(check.status, 0, "loyalty check: \(check.out) \(check.err)", file: file, line: line)
    }

    private func woo(_ body: String, delivery: String, topic: String = "order.updated") throws -> WebhookSender.Answer {
        try sender.send(body, headers: WebhookSender.wooCommerce(body, topic: topic, delivery: delivery, secret: Self.secret))
    }

    func testASignedWooCommerceOrderEarnsOnceAndItsRefundTakesPointsBack() throws {
        try connected("woocommerce")
        let paidAt = ShopPayloads.wooDate()
        let order = ShopPayloads.wooCommerceOrder(id: 5021, paidAt: paidAt)

        let first = try woo(order, delivery: "d-1")
        XCTAssertEqual(first.status, 200, first.body + server.errorLog)
        XCTAssertEqual(try balance(), 250, "25.00 of goods (30.25 less 5.25 tax) at 10 Stars per euro")

        XCTAssertEqual(try woo(order, delivery: "d-1").status, 200, "the same delivery again")
        XCTAssertEqual(try woo(order, delivery: "d-2", topic: "order.created").status, 200, "the same order state, another delivery")
        XCTAssertEqual(try balance(), 250, "a repeated delivery changes nothing")

        let refunded = ShopPayloads.wooCommerceOrder(id: 5021, status: "refunded", paidAt: paidAt, refunds: #"[{"id":88,"reason":"","total":"-30.25"}]"#)
        let refund = try woo(refunded, delivery: "d-3")
        XCTAssertEqual(refund.status, 200, refund.body)
        XCTAssertEqual(try balance(), 0, "the refund took the order's points back")
        XCTAssertEqual(try woo(refunded, delivery: "d-4").status, 200)
        XCTAssertEqual(try balance(), 0, "the refund counts once")

        let activity = try cli.ok("member", "activity", "zoe@example.com")
        XCTAssertTrue(activity.contains(String(paidAt.prefix(10))), "dated by the order's own moment: \(activity)")
        let audit = try cli.ok("audit", "--limit", "10")
        XCTAssertEqual(audit.components(separatedBy: "Shop webhook").count - 1, 2, "the earning and the refund are audited, the repeats not: \(audit)")
        XCTAssertTrue(audit.contains("woo:5021"), audit)
        XCTAssertFalse(audit.contains(Self.secret))
        let status = try cli.ok("shop", "status")
        XCTAssertFalse(status.contains("Last webhook:  none"), status)
        try assertChecks()
    }

    func testBadDeliveriesAreRefusedLoggedAndChangeNothing() throws {
        try connected("woocommerce")
        let order = ShopPayloads.wooCommerceOrder(id: 6001, paidAt: ShopPayloads.wooDate())

        var unsigned = WebhookSender.wooCommerce(order, delivery: "u-1", secret: Self.secret)
        unsigned["X-WC-Webhook-Signature"] = nil
        XCTAssertEqual(try sender.send(order, headers: unsigned).status, 401)
        let forged = WebhookSender.wooCommerce(order, delivery: "u-2", secret: Self.secret, signature: WebhookSender.signature(order, secret: "guessed"))
        XCTAssertEqual(try sender.send(order, headers: forged).status, 401)
        let tampered = order.replacingOccurrences(of: "\"30.25\"", with: "\"3025.00\"")
        XCTAssertEqual(try sender.send(tampered, headers: WebhookSender.wooCommerce(order, delivery: "u-3", secret: Self.secret)).status, 401,
                       "the signature of another body")

        let huge = String(repeating: " ", count: (1 << 20) + 1)
        XCTAssertEqual(try woo(huge, delivery: "u-4").status, 413)

        let broken = #"{"id":6002,"status":"processing","total":"#
        let unreadable = try woo(broken, delivery: "u-5")
        XCTAssertEqual(unreadable.status, 400)
        let noEmail = ShopPayloads.wooCommerceOrder(id: 6003, email: "not-an-address", paidAt: ShopPayloads.wooDate())
        let refused = try woo(noEmail, delivery: "u-6")
        XCTAssertEqual(refused.status, 400)
        XCTAssertTrue(refused.body.contains("billing.email"), refused.body)

        let two = order + "," + ShopPayloads.wooCommerceOrder(id: 6004, paidAt: ShopPayloads.wooDate())
        let several = try woo(two, delivery: "u-8")
        XCTAssertEqual(several.status, 400, "one delivery, one order")
        XCTAssertTrue(several.body.contains("exactly one order; this one holds 2"), several.body)
        XCTAssertEqual(try woo("", delivery: "u-9").status, 400, "an empty body")

        XCTAssertEqual(try balance(), 0, "nothing was applied")
        XCTAssertEqual(try cli.ok("member", "list").components(separatedBy: "\n").filter { $0.contains("@") }.count, 1, "no visitor was added")
        let log = server.errorLog
        XCTAssertEqual(log.components(separatedBy: "loyalty webhook: 401").count - 1, 3, log)
        XCTAssertTrue(log.contains("loyalty webhook: 413"), log)
        XCTAssertEqual(log.components(separatedBy: "loyalty webhook: 400").count - 1, 4, log)
        XCTAssertFalse(log.contains(Self.secret), "the secret is never logged")
        XCTAssertTrue(try cli.ok("shop", "status").contains("exactly one order; this one holds 0"), "the last error is shown")

        let ping = try sender.send("webhook_id=12", headers: [:], contentType: "application/x-www-form-urlencoded")
        XCTAssertEqual(ping.status, 200, "WooCommerce's ping when the webhook is created: \(ping.body)")

        XCTAssertEqual(try woo(order, delivery: "u-7").status, 200, "the good delivery still lands afterwards")
        XCTAssertEqual(try balance(), 250)
        try assertChecks()
    }

    func testTwentyConcurrentDeliveriesAllLandExactlyOnce() throws {
        try connected("woocommerce")
        let paidAt = ShopPayloads.wooDate()
        var waits: [() throws -> WebhookSender.Answer] = []
        for index in 0..<10 {
            let order = ShopPayloads.wooCommerceOrder(id: 7000 + index, email: "guest\(index)@example.com", first: "Guest", last: "N\(index)",
                                                      total: "12.00", tax: "2.00", paidAt: paidAt)
            // Each order twice at once, under two delivery ids: it must still earn once.
            for copy in 0..<2 {
                waits.append(try sender.start(order, headers: WebhookSender.wooCommerce(order, delivery: "c-\(index)-\(copy)", secret: Self.secret)))
            }
        }
        let answers = try waits.map { try $0() }
        XCTAssertEqual(answers.map(\.status), Array(repeating: 200, count: 20), answers.map(\.body).joined(separator: "\n") + server.errorLog)
        for index in 0..<10 {
            XCTAssertEqual(try balance("guest\(index)@example.com"), 100, "10.00 of goods, earned once")
        }
        try assertChecks()
    }

    func testAShopifyPaidOrderEarnsAndItsCancellationTakesThePointsBack() throws {
        try connected("shopify")
        let now = ShopPayloads.wooDate() + "+00:00"
        let paid = ShopPayloads.shopifyOrder(name: "#1001", processedAt: now)
        let answer = try sender.send(paid, headers: WebhookSender.shopify(paid, topic: "orders/paid", webhookID: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", secret: Self.secret))
        XCTAssertEqual(answer.status, 200, answer.body + server.errorLog)
        XCTAssertEqual(try balance(), 250)
        let updated = try sender.send(paid, headers: WebhookSender.shopify(paid, topic: "orders/updated", webhookID: "0e4d3c8c-6c8e-4a4e-9b4a-8f1d3c2b1a00", secret: Self.secret))
        XCTAssertEqual(updated.status, 200)
        XCTAssertEqual(try balance(), 250, "the same order state changes nothing")

        let cancelled = ShopPayloads.shopifyOrder(name: "#1001", financialStatus: "refunded", processedAt: now, cancelledAt: "\"\(now)\"",
                                                  refunds: #"[{"id":929361463,"transactions":[{"amount":"30.25","kind":"refund","status":"success"}]}]"#)
        let cancel = try sender.send(cancelled, headers: WebhookSender.shopify(cancelled, topic: "orders/cancelled", webhookID: "9f8e7d6c-0000-4000-8000-000000000001", secret: Self.secret))
        XCTAssertEqual(cancel.status, 200, cancel.body + server.errorLog)
        XCTAssertEqual(try balance(), 0)

        var wrong = WebhookSender.shopify(paid, topic: "orders/paid", webhookID: "x", secret: "not-the-secret")
        wrong["X-Shopify-Topic"] = "orders/paid"
        XCTAssertEqual(try sender.send(paid, headers: wrong).status, 401)
        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("X-Shopify-Hmac-Sha256 does not match the body"), "a wrong secret shows in shop status: \(status)")
        XCTAssertFalse(status.contains(Self.secret) || status.contains("not-the-secret") || status.contains(wrong["X-Shopify-Hmac-Sha256"]!),
                       "no secret and no signature: \(status)")

        let unreadable = ShopPayloads.shopifyOrder(name: "#1002", subtotal: "25,OO", processedAt: now)
        let refused = try sender.send(unreadable, headers: WebhookSender.shopify(unreadable, topic: "orders/paid", webhookID: "9f8e7d6c-0000-4000-8000-000000000002", secret: Self.secret))
        XCTAssertEqual(refused.status, 400)
        XCTAssertTrue(refused.body.contains("\"subtotal_price\" is \"25,OO\""), "the JSON field is named, not the export's column: \(refused.body)")
        XCTAssertFalse(refused.body.contains("\"Subtotal\""), refused.body)
        try assertChecks()
    }
}
