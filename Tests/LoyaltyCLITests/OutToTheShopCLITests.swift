import Foundation
import XCTest

/// `coupon export`, `member export|export-data|erase`, `page export`, `backup` and `restore` through the real binary.
final class OutToTheShopCLITests: XCTestCase {
    private static let hostile = "<script>alert(1)</script> '; DROP TABLE members;--"

    /// A launched shop with one reward of each discount type and a member who redeemed each.
    private func shopWithCoupons() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--name", "10% off", "--cost", "50", "--percent-off", "10", "--min-subtotal", "20")
        try cli.ok("reward", "add", "--name", "Free shipping", "--cost", "30", "--free-shipping")
        try cli.ok("reward", "add", "--name", "Free cake", "--cost", "40", "--free-product", "CAKE")
        try cli.ok("reward", "add", "--name", "Mug deal", "--cost", "20", "--sale-price", "2.50", "--sku", "MUG")
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "100", "--paid")
        for reward in 1...5 { try cli.ok("redeem", "zoe@example.com", "--reward", String(reward)) }
        return cli
    }

    private func batches(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").flatMap { line -> [[String: Any]] in
            let body = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(Array(body.keys), ["create"])
            return try XCTUnwrap(body["create"] as? [[String: Any]])
        }
    }

    func testWooCommerceExportHasTheRightFieldsPerDiscountTypeAndTakesEachCouponOnce() throws {
        let cli = try shopWithCoupons()
        let coupons = try batches(try cli.ok("coupon", "export", "--format", "woocommerce"))
        XCTAssertEqual(coupons.count, 5)
        let byType = Dictionary(grouping: coupons) { "\($0["description"] ?? "")".components(separatedBy: ":")[0] }
        func one(_ reward: String) throws -> [String: Any] { try XCTUnwrap(byType[reward]?.first, reward) }
        for coupon in coupons {
            XCTAssertEqual((coupon["code"] as? String)?.count, 12)
            XCTAssertEqual(coupon["usage_limit"] as? Int, 1)
            XCTAssertEqual(coupon["email_restrictions"] as? [String], ["zoe@example.com"])
        }
        XCTAssertEqual(try one("€5 off")["discount_type"] as? String, "fixed_cart")
        XCTAssertEqual(try one("€5 off")["amount"] as? String, "5.00")
        XCTAssertEqual(try one("€5 off")["free_shipping"] as? Bool, false)
        XCTAssertEqual(try one("10% off")["discount_type"] as? String, "percent")
        XCTAssertEqual(try one("10% off")["amount"] as? String, "10")
        XCTAssertEqual(try one("10% off")["minimum_amount"] as? String, "20.00")
        XCTAssertEqual(try one("Free shipping")["discount_type"] as? String, "fixed_cart")
        XCTAssertEqual(try one("Free shipping")["amount"] as? String, "0.00")
        XCTAssertEqual(try one("Free shipping")["free_shipping"] as? Bool, true)
        XCTAssertEqual(try one("Free cake")["discount_type"] as? String, "fixed_product")
        XCTAssertEqual(try one("Free cake")["amount"] as? String, "0.00")
        XCTAssertTrue("\(try one("Free cake")["description"] ?? "")".contains("SKU CAKE"))
        XCTAssertTrue("\(try one("Mug deal")["meta_data"] ?? "")".contains("MUG"))

        let again = try cli.run("coupon", "export")
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.out, "", "a second export gives nothing new")
        XCTAssertTrue(again.err.contains("No new coupons to export"), again.err)
        try cli.ok("redeem", "zoe@example.com", "--reward", "1")
        XCTAssertEqual(try batches(try cli.ok("coupon", "export")).count, 1)
        XCTAssertEqual(try batches(try cli.ok("coupon", "export", "--all")).count, 6)
    }

    func testCSVExportToAFile() throws {
        let cli = try shopWithCoupons()
        let file = cli.directory.appendingPathComponent("coupons.csv").path
        try cli.ok("coupon", "export", "--format", "csv", "--output", file)
        let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 6)
        XCTAssertEqual(lines[0], "code,email,discount_type,amount,currency,free_shipping,product_sku,minimum_amount,reward,description,points,issued")
        XCTAssertTrue(lines.contains { $0.contains(",zoe@example.com,percent_off,10,EUR,no,,20.00,10% off,10% off,50,") }, lines.joined(separator: "\n"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try cli.run("coupon", "export", "--format", "xml").status, 2)
    }

    func testEraseRemovesPersonalDataEverywhereAndKeepsTheFigures() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--name", "Ann de Vries", "--email", "ann@example.com", "--phone", "+31 6 1234 5678", "--birthday", "1985-02-03")
        try cli.ok("event", "order", "--email", "ann@example.com", "--order", "7", "--subtotal", "12.00", "--paid")
        try cli.ok("points", "give", "ann@example.com", "30", "--reason", "Sorry Ann, the cake was late")
        try cli.ok("redeem", "ann@example.com", "--reward", "1")
        let stats = try cli.ok("stats", "--json")
        let before = try XCTUnwrap(try cli.json("member", "show", "ann@example.com") as? [String: Any])

        let refused = try cli.run("member", "erase", "ann@example.com")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("run again with --yes"), refused.err)
        let unknown = try cli.run("member", "erase", "nobody@example.com", "--yes")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.err, "loyalty: no member has the e-mail nobody@example.com; nothing was erased\n")

        let id = try XCTUnwrap(before["id"] as? Int)
        XCTAssertTrue(try cli.ok("member", "erase", "ann@example.com", "--yes").contains("Erased member \(id)"))
        XCTAssertEqual(try cli.run("member", "show", "ann@example.com").status, 1)
        let after = try XCTUnwrap(try cli.json("member", "show", "erased-\(id)@invalid") as? [String: Any])
        XCTAssertEqual(after["name"] as? String, "Erased member \(id)")
        XCTAssertTrue(after["phone"] is NSNull && after["birthday"] is NSNull)
        for key in ["balance", "earned", "redeemed", "status", "tier"] { XCTAssertEqual("\(after[key]!)", "\(before[key]!)", key) }
        XCTAssertEqual(try cli.ok("stats", "--json"), stats)
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok:"))

        let everything = try cli.ok("member", "export-data", "erased-\(id)@invalid") + (try cli.ok("member", "export"))
            + (try cli.ok("member", "export", "--format", "json")) + (try cli.ok("member", "activity", "erased-\(id)@invalid", "--json"))
        for personal in ["Ann", "Vries", "ann@example.com", "1234 5678", "1985-02-03"] {
            XCTAssertFalse(everything.contains(personal), "\(personal) is still in an export")
        }
        let data = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try cli.ok("member", "export-data", "erased-\(id)@invalid").utf8)) as? [String: Any])
        XCTAssertEqual((data["orders"] as? [[String: Any]])?.first?["order"] as? String, "7")
        XCTAssertEqual((data["coupons"] as? [Any])?.count, 1)
        XCTAssertEqual((data["activity"] as? [Any])?.count, 3)
    }

    func testMemberExportAndExportData() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--name", "=SUM(A1), \"quoted\"", "--email", "eve@example.com", "--phone", "+31 6 1111")
        let csv = try cli.ok("member", "export")
        XCTAssertTrue(csv.hasPrefix("name,email,phone,birthday,status,tier,balance,earned,redeemed,joined\r\n"), csv)
        XCTAssertTrue(csv.contains("\"'=SUM(A1), \"\"quoted\"\"\",eve@example.com,+31 6 1111,,member,Base,0,0,0,"), csv)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try cli.ok("member", "export", "--format", "json").utf8)) as? [[String: Any]])
        XCTAssertEqual(json.map { $0["email"] as? String }, ["zoe@example.com", "eve@example.com"])
        XCTAssertEqual(Set(json[0].keys), ["name", "email", "phone", "birthday", "status", "tier", "balance", "earned", "redeemed", "joined"])

        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "15.00", "--paid")
        let data = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try cli.ok("member", "export-data", "ZOE@example.com").utf8)) as? [String: Any])
        XCTAssertEqual(Set(data.keys), ["programme", "points_name", "exported_at", "member", "activity", "coupons", "orders", "events", "shop_accounts"])
        XCTAssertEqual((data["member"] as? [String: Any])?["email"] as? String, "zoe@example.com")
        XCTAssertEqual((data["orders"] as? [[String: Any]])?.first?["paid"] as? String, "15.00")
        XCTAssertEqual(Set((data["events"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }), ["signup:1", "order:1042"])
        XCTAssertEqual(try cli.run("member", "export-data", "nobody@example.com").status, 1)
    }

    func testPageExportWritesEscapedStaticPagesNamedByTheirOwnUnguessableToken() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("program", "set", "--name", Self.hostile, "--icon", "♥")
        try cli.ok("member", "add", "--name", Self.hostile, "--email", "evil@example.com")
        try cli.ok("member", "add", "--name", "Gone", "--email", "gone@example.com")
        let directory = cli.directory.appendingPathComponent("site")
        let evil = try XCTUnwrap(try cli.json("member", "show", "evil@example.com") as? [String: Any])
        let code = try XCTUnwrap(evil["referral_code"] as? String), page = try XCTUnwrap(evil["page"] as? String)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("members"), withIntermediateDirectories: true)
        try "an earlier export".write(to: directory.appendingPathComponent("members/\(code).html"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try cli.ok("page", "export", directory.path).contains("3 My Rewards pages"))

        let index = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<html lang=\"en\" dir=\"ltr\">") && index.contains("♥ Stars"))
        let members = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("members").path).sorted()
        XCTAssertEqual(members.count, 3)
        XCTAssertTrue(page.hasPrefix("members/") && page.hasSuffix(".html") && page.count == "members/".count + 32 + 5, page)
        XCTAssertTrue(members.contains(String(page.dropFirst("members/".count))), "member show gives the page: \(members)")
        XCTAssertFalse(members.contains("\(code).html"), "no page is named by the referral code members share, not even an earlier one")
        for name in members {
            XCTAssertFalse(name.contains("@"), name)
            let html = try String(contentsOf: directory.appendingPathComponent("members/\(name)"), encoding: .utf8)
            XCTAssertFalse(html.lowercased().contains("<script"), name)
            XCTAssertTrue(html.contains("noindex"))
        }
        XCTAssertFalse(index.lowercased().contains("<script"))
        let html = try String(contentsOf: directory.appendingPathComponent(page), encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>My Rewards · &lt;script&gt;alert(1)&lt;/script&gt; &#39;; DROP TABLE members;--</h1>"), html)

        let gone = try XCTUnwrap(try cli.json("member", "show", "gone@example.com") as? [String: Any])
        try cli.ok("member", "erase", "gone@example.com", "--yes")
        try FileManager.default.removeItem(at: directory.appendingPathComponent(page))
        XCTAssertTrue(try cli.ok("page", "export", directory.path, "--member", "evil@example.com").contains("Wrote the My Rewards page"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent(page).path))
        try cli.ok("page", "export", directory.path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent(try XCTUnwrap(gone["page"] as? String)).path),
                       "an erased member's page is deleted")
        XCTAssertTrue(try XCTUnwrap(cli.json("member", "show", "erased-3@invalid") as? [String: Any])["page"] is NSNull, "and they have none")
    }

    func testBackupAndRestoreRoundTrip() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "12.00", "--paid")
        let backup = cli.directory.appendingPathComponent("backup.db").path
        XCTAssertTrue(try cli.ok("backup", backup).contains("Backed up"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try cli.run("backup", backup).status, 1, "an existing file is never overwritten")

        try cli.ok("points", "give", "zoe@example.com", "500", "--reason", "after the backup")
        let unconfirmed = try cli.run("restore", backup)
        XCTAssertEqual(unconfirmed.status, 1)
        XCTAssertTrue(unconfirmed.err.contains("--yes"))
        XCTAssertTrue(try cli.ok("restore", backup, "--yes").contains("check: ok"))
        XCTAssertEqual((try cli.json("member", "show", "zoe@example.com") as? [String: Any])?["balance"] as? Int, 120)
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok:"))

        let junk = cli.directory.appendingPathComponent("junk.db").path
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: junk))
        let refused = try cli.run("restore", junk, "--yes")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("is not a Loyalty backup"), refused.err)
        XCTAssertEqual((try cli.json("member", "show", "zoe@example.com") as? [String: Any])?["balance"] as? Int, 120)
    }
}
