import Foundation
import XCTest

/// `loyalty sync` pushes coupons to a stand-in of each shop's coupon API on 127.0.0.1: a coupon issued
/// here is created there once, with the reward's kind, amount, minimum and one use; a voided one is
/// removed; a push whose answer was lost, or that failed once, still makes exactly one coupon. A
/// Shopify coupon is for the member's account only, a product reward for the variant with its SKU;
/// what Shopify cannot take yet waits with the reason.
final class CouponPushCLITests: XCTestCase {
    /// A launched programme (Zoë holds 1,000 points) connected to `shop`.
    private func connected(_ shop: CouponStandIn) throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--name", "10% off", "--cost", "50", "--percent-off", "10", "--min-subtotal", "20")
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "100", "--paid")
        let path = cli.directory.appendingPathComponent("shop.secrets").path
        try shop.credentials.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try cli.ok("shop", "connect", shop.platform.rawValue, shop.platform == .woocommerce ? "--url" : "--store", shop.address, "--credentials-file", path)
        return cli
    }

    private func redeem(_ cli: CLIRunner, reward: Int, for email: String = "zoe@example.com") throws -> String {
        let coupon = try cli.json("redeem", email, "--reward", String(reward)) as? [String: Any]
        return try XCTUnwrap(coupon?["code"] as? String)
    }

    private func sync(_ cli: CLIRunner) throws -> [String: Any] {
        let run = try cli.run("sync", "--json")
        XCTAssertEqual(run.status, 0, run.out + run.err)
        return try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any] ?? [:]
    }

    func testWooCommerceGetsEachIssuedCouponOnceAndLosesAVoidedOne() throws {
        let shop = try CouponStandIn(.woocommerce)
        let cli = try connected(shop)
        let fiveOff = try redeem(cli, reward: 1), tenPercent = try redeem(cli, reward: 2)
        XCTAssertTrue(try cli.ok("shop", "status").contains("Queued:        2 coupons for the shop"))

        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 2)
        let held = try shop.held()
        XCTAssertEqual(held.count, 2)
        let five = try XCTUnwrap(held.first { $0["code"] as? String == fiveOff.lowercased() })
        XCTAssertEqual(five["discount_type"] as? String, "fixed_cart")
        XCTAssertEqual(five["amount"] as? String, "5.00")
        XCTAssertEqual(five["usage_limit"] as? Int, 1)
        XCTAssertEqual(five["usage_limit_per_user"] as? Int, 1)
        XCTAssertEqual(five["email_restrictions"] as? [String], ["zoe@example.com"])
        let ten = try XCTUnwrap(held.first { $0["code"] as? String == tenPercent.lowercased() })
        XCTAssertEqual(ten["discount_type"] as? String, "percent")
        XCTAssertEqual(ten["amount"] as? String, "10")
        XCTAssertEqual(ten["minimum_amount"] as? String, "20.00")
        XCTAssertEqual(try shop.requests().filter { $0.hasPrefix("POST /wp-json/wc/v3/coupons/batch") }, ["POST /wp-json/wc/v3/coupons/batch ok"],
                       "one batch, with the consumer key and secret")

        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 0, "a second sync pushes nothing again")
        XCTAssertEqual(try shop.requests().filter { $0.contains("coupons/batch") }.count, 1)
        XCTAssertTrue(try cli.ok("shop", "status").contains("Queued:        nothing"))
        XCTAssertTrue(try cli.run("coupon", "export").out.isEmpty, "pushed coupons are not exported to a file again")

        try cli.ok("coupon", "void", fiveOff)
        XCTAssertEqual(try sync(cli)["coupons_removed"] as? Int, 1)
        XCTAssertEqual(try shop.held().map { $0["code"] as? String }, [tenPercent.lowercased()], "the voided coupon is gone from the shop")
        XCTAssertEqual(try sync(cli)["coupons_removed"] as? Int, 0)
        let check = try cli.run("check")
        XCTAssertEqual(check.status, 0, check.out + check.err)
    }

    func testACreationWhoseAnswerWasLostOrThatFailedOnceMakesOneCoupon() throws {
        let shop = try CouponStandIn(.woocommerce)
        let cli = try connected(shop)
        let code = try redeem(cli, reward: 1)
        try shop.control("drop?times=1")      // the shop creates it, the answer never arrives
        try shop.control("fail?status=500&times=1&path=/wp-json/wc/v3/coupons/batch")
        let pushed = try sync(cli)
        XCTAssertEqual(pushed["coupons_created"] as? Int, 1, "\(pushed)")
        XCTAssertEqual(try shop.held().map { $0["code"] as? String }, [code.lowercased()], "one coupon, not two")
        XCTAssertTrue(try shop.requests().contains("GET /wp-json/wc/v3/coupons ok"), "found by its code when the shop said it exists")
    }

    func testAPushTheShopRefusesWaitsAndShowsAsTheLastError() throws {
        let shop = try CouponStandIn(.woocommerce)
        let cli = try connected(shop)
        _ = try redeem(cli, reward: 1)
        try shop.control("fail?status=400&times=1&path=/wp-json/wc/v3/coupons/batch")
        let run = try cli.run("sync")
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.err.contains("1 coupon could not be pushed to the shop and will be tried again by a later sync"), run.err)
        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Queued:        1 coupon for the shop"), status)
        XCTAssertTrue(status.contains("not created in the shop: the shop answered 400"), status)
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 0, "it waits a minute before the next try")
        XCTAssertTrue(try shop.held().isEmpty)
    }

    func testShopifyGetsAPriceRuleWithItsCodeOnceAndLosesItWhenVoided() throws {
        let shop = try CouponStandIn(.shopify)
        let cli = try connected(shop)
        let code = try redeem(cli, reward: 2)
        try shop.control("drop?times=1")      // the code is added, the answer never arrives
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 1)
        let rules = try shop.held()
        XCTAssertEqual(rules.count, 1)
        let rule = try XCTUnwrap(rules.first)
        XCTAssertEqual(rule["value_type"] as? String, "percentage")
        XCTAssertEqual(rule["value"] as? String, "-10")
        XCTAssertEqual(rule["usage_limit"] as? Int, 1)
        XCTAssertEqual((rule["prerequisite_subtotal_range"] as? [String: String])?["greater_than_or_equal_to"], "20.00")
        XCTAssertEqual((rule["discount_codes"] as? [[String: Any]])?.map { $0["code"] as? String }, [code])
        XCTAssertEqual(rule["customer_selection"] as? String, "prerequisite", "for one customer only")
        XCTAssertEqual(rule["prerequisite_customer_ids"] as? [Int], [207119551], "Zoë's account in the shop, found by her e-mail")
        XCTAssertTrue(try shop.requests().contains("GET /admin/api/2024-10/customers/search.json ok"))
        XCTAssertTrue(try shop.requests().allSatisfy { $0.hasSuffix(" ok") }, "every request carries the access token")

        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 0)
        try cli.ok("coupon", "void", code)
        XCTAssertEqual(try sync(cli)["coupons_removed"] as? Int, 1)
        XCTAssertTrue(try shop.held().isEmpty, "the price rule and its code are gone")
    }

    func testAShopifyPriceRuleWhoseAnswerWasLostIsFoundNotMadeTwice() throws {
        let shop = try CouponStandIn(.shopify)
        let cli = try connected(shop)
        let code = try redeem(cli, reward: 1)
        try shop.control("drop?times=1&path=/admin/api/2024-10/price_rules.json")   // the rule is made, the answer never arrives
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 1)
        let rules = try shop.held()
        XCTAssertEqual(rules.count, 1, "one price rule, not two: \(rules)")
        XCTAssertEqual((rules.first?["discount_codes"] as? [[String: Any]])?.map { $0["code"] as? String }, [code])
        let requests = try shop.requests()
        XCTAssertEqual(requests.filter { $0 == "POST /admin/api/2024-10/price_rules.json ok" }.count, 1, "asked once: \(requests)")
        XCTAssertEqual(requests.filter { $0 == "GET /admin/api/2024-10/price_rules.json ok" }.count, 2,
                       "looked for by its title and start before asking, and found after the lost answer: \(requests)")
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 0)
        XCTAssertEqual(try shop.held().count, 1)
    }

    func testShopifyFreeProductAndSalePriceAreForTheVariantWithTheRewardsSKU() throws {
        let shop = try CouponStandIn(.shopify)
        let cli = try connected(shop)
        try cli.ok("reward", "add", "--name", "Free beans", "--cost", "50", "--free-product", "BEANS-1KG")
        try cli.ok("reward", "add", "--name", "Black mug for 7", "--cost", "50", "--sale-price", "7.00", "--sku", "MUG-BLACK")
        let beans = try redeem(cli, reward: 3), mug = try redeem(cli, reward: 4)
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 2)
        let rules = try shop.held()
        func rule(_ code: String) throws -> [String: Any] {
            try XCTUnwrap(rules.first { ($0["discount_codes"] as? [[String: Any]])?.first?["code"] as? String == code })
        }
        let free = try rule(beans)
        XCTAssertEqual(free["target_selection"] as? String, "entitled")
        XCTAssertEqual(free["entitled_variant_ids"] as? [Int], [808950810], "the variant with SKU BEANS-1KG")
        XCTAssertEqual(free["value_type"] as? String, "fixed_amount")
        XCTAssertEqual(free["value"] as? String, "-14.50", "its price off, once: one bag free however many are bought")
        XCTAssertEqual(free["allocation_method"] as? String, "across")
        let sale = try rule(mug)
        XCTAssertEqual(sale["entitled_variant_ids"] as? [Int], [808950812])
        XCTAssertEqual(sale["value"] as? String, "-2.50", "9.50 less the sale price of 7.00")
        XCTAssertEqual(sale["customer_selection"] as? String, "prerequisite")
    }

    func testShopifyCouponsTheShopCannotTakeYetWaitInTheOutboxWithTheReason() throws {
        let shop = try CouponStandIn(.shopify)
        let cli = try connected(shop)
        try cli.ok("reward", "add", "--name", "Free cup", "--cost", "50", "--free-product", "CUP-NONE")
        _ = try redeem(cli, reward: 3)
        let run = try cli.run("sync")
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.err.contains("1 coupon could not be pushed to the shop and will be tried again by a later sync"), run.err)
        var status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Queued:        1 coupon for the shop"), status)
        XCTAssertTrue(status.contains("no product in the shop has SKU CUP-NONE"), status)

        try cli.ok("member", "add", "--name", "Sem", "--email", "sem@example.com")
        try cli.ok("event", "order", "--email", "sem@example.com", "--order", "2", "--subtotal", "100", "--paid")
        _ = try redeem(cli, reward: 1, for: "sem@example.com")
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 0)
        status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Queued:        2 coupons for the shop"), status)
        XCTAssertTrue(status.contains("sem@example.com has no customer account in the shop"), status)
        XCTAssertTrue(try shop.held().isEmpty, "no coupon open to every customer")
    }

    func testAShopifyCouponIsForTheAccountAnImportLinkedWithoutASearch() throws {
        let shop = try CouponStandIn(.shopify)
        let cli = try connected(shop)
        let export = cli.directory.appendingPathComponent("customers_export.csv")
        try "Customer ID,First Name,Last Name,Email,Accepts Email Marketing\n'207119551,Zoë,Ångström,zoe@example.com,yes\n"
            .write(to: export, atomically: true, encoding: .utf8)
        try cli.ok("import", "customers", export.path)
        _ = try redeem(cli, reward: 1)
        XCTAssertEqual(try sync(cli)["coupons_created"] as? Int, 1)
        XCTAssertEqual(try shop.held().first?["prerequisite_customer_ids"] as? [Int], [207119551])
        XCTAssertFalse(try shop.requests().contains { $0.contains("customers/search") }, "the linked account is used as it is")
    }
}
