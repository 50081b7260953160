import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// `importCustomers`: a shop's customers become members, exactly once; a later export changes only
/// what changed in the shop, audited; bad rows are named and change nothing.
final class CustomerImportTests: XCTestCase {
    /// The import shop (member Zoë) with 50 Stars for signing up, and the visitor Ana, who ordered.
    private func shop() throws -> ImportShop {
        let shop = try ImportShop()
        _ = try shop.store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
        _ = try shop.store.record(EarningEvent(kind: .order, externalID: "9001", email: "ana@example.com", name: "Ana", amount: Money(minorUnits: 1_000, currency: .euro)))
        return shop
    }

    @discardableResult
    private func load(_ shop: ImportShop, _ name: String, signupPoints: SignupPoints = .skip, skipInvalid: Bool = false) throws -> CustomerImportSummary {
        try shop.store.importCustomers(try Fixture.bytes(name), file: name, signupPoints: signupPoints, skipInvalid: skipInvalid)
    }

    private func text(_ shop: ImportShop, _ csv: String, name: String = "customers.csv", skipInvalid: Bool = false) throws -> CustomerImportSummary {
        try shop.store.importCustomers(Array(csv.utf8), file: name, signupPoints: .skip, skipInvalid: skipInvalid)
    }

    private func auditLines(_ shop: ImportShop) throws -> [String] {
        try shop.store.auditEntries(limit: 1000).reversed().map { "\($0.action) \($0.subject): \($0.before) → \($0.after) (\($0.reason))" }
    }

    func testAShopifyExportMakesEveryCustomerAMemberAndTheSameFileTwiceChangesNothing() throws {
        let shop = try shop()
        let summary = try load(shop, "shopify-customers-export-1.csv")
        XCTAssertEqual(summary.format, .shopify)
        XCTAssertEqual([summary.rows, summary.created, summary.joined, summary.linked, summary.passedOver, summary.signupsAwarded], [5, 2, 1, 1, 1, 0])

        let zoe = try shop.store.member(email: "zoe@example.com")
        XCTAssertEqual([zoe.name, zoe.details.phone], ["Zoë Ångström", "+32 470 12 34 56"], "the leading ' Shopify writes is taken off")
        XCTAssertEqual(zoe.acceptsMarketing, true)
        let ana = try shop.store.member(email: "ana@example.com")
        XCTAssertEqual(ana.status, .member, "the visitor from an order has a shop account: a member")
        XCTAssertEqual(ana.acceptsMarketing, false)
        XCTAssertEqual(ana.balance, 100, "no sign-up points with skip")
        let yamada = try shop.store.member(email: "yamada@example.jp")
        XCTAssertEqual([yamada.name, yamada.details.phone], ["太郎 山田", "+81 90 1234 5678"], "the default address's phone when Phone is empty")
        XCTAssertNil(yamada.acceptsMarketing, "an empty Accepts Email Marketing is not known")
        XCTAssertEqual(try shop.store.member(email: "emile@example.fr").name, "Émile Dubois, Jr.")
        XCTAssertThrowsError(try shop.store.member(email: "+15555550100"))

        let audit = try auditLines(shop)
        let again = try load(shop, "shopify-customers-export-1.csv")
        XCTAssertEqual([again.created, again.joined, again.linked, again.updated, again.unchanged], [0, 0, 0, 0, 4])
        XCTAssertEqual(try auditLines(shop), audit, "the same file twice changes nothing")
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com"), zoe)

        _ = try shop.store.setStatus(email: "ana@example.com", .visitor)
        _ = try shop.store.setStatus(email: "ana@example.com", .member)
        XCTAssertEqual(try shop.balance("ana@example.com"), 100, "skipped sign-up points are never given later")
        try shop.assertConsistent()
    }

    func testALaterExportChangesOnlyWhatChangedInTheShopAndAuditsIt() throws {
        let shop = try shop()
        try load(shop, "shopify-customers-export-1.csv")
        let emile = try shop.store.member(email: "emile@example.fr")
        var edited = emile.details
        edited.phone = "+33 4 12 34 56 78"
        _ = try shop.store.updateMember(email: "emile@example.fr", edited)

        let summary = try load(shop, "shopify-customers-export-2.csv")
        XCTAssertEqual([summary.created, summary.updated, summary.unchanged], [1, 2, 2])
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").details.phone, "+32 470 99 88 77")
        let ana = try shop.store.member(email: "ana@example.com")
        XCTAssertEqual([ana.name, ana.acceptsMarketing.map(String.init)], ["Ana Silva-Costa", "true"])
        XCTAssertEqual(try shop.store.member(email: "emile@example.fr").details.phone, "+33 4 12 34 56 78", "a phone edited here stays while the shop's is unchanged")
        XCTAssertEqual(try shop.store.member(email: "noa@example.com").acceptsMarketing, false)
        let audit = try auditLines(shop).suffix(5)
        XCTAssertEqual(Array(audit), [
            "member.edit zoe@example.com: phone: +32 470 12 34 56 → phone: +32 470 99 88 77 (shopify-customers-export-2.csv line 2)",
            "member.edit ana@example.com: name: Ana Silva → name: Ana Silva-Costa (shopify-customers-export-2.csv line 3)",
            "member.marketing ana@example.com: marketing: no (opted out) → marketing: yes (shopify-customers-export-2.csv line 3)",
            "member.add noa@example.com:  → status: member (shopify-customers-export-2.csv line 7)",
            "import.customers shopify-customers-export-2.csv:  → 1 created, 0 joined, 0 linked, 2 updated, 2 unchanged; sign-up points: skip ()",
        ])
        try shop.assertConsistent()
    }

    func testAwardGivesTheSignUpPointsAndWelcomeOncePerMember() throws {
        let shop = try shop()
        _ = try shop.store.setEmailActive(.welcome, true)
        let summary = try load(shop, "shopify-customers-export-1.csv", signupPoints: .award)
        XCTAssertEqual([summary.signupsAwarded, Int(summary.signupPointsAwarded)], [3, 150], "Ana, Yamada and Émile joined; Zoë was a member")
        XCTAssertEqual(try shop.balance("ana@example.com"), 150)
        XCTAssertEqual(try shop.balance("emile@example.fr"), 50)
        XCTAssertEqual(Set(try shop.store.outbox(limit: 10).map(\.toAddress)), ["ana@example.com", "yamada@example.jp", "emile@example.fr"])
        let again = try load(shop, "shopify-customers-export-1.csv", signupPoints: .award)
        XCTAssertEqual(again.signupsAwarded, 0)
        XCTAssertEqual(try shop.balance("emile@example.fr"), 50)
        try shop.assertConsistent()
    }

    func testWooCommerceCustomersJoinOnTheDateTheirAccountWasMade() throws {
        let shop = try shop()
        let summary = try load(shop, "woocommerce-customers.json")
        XCTAssertEqual(summary.format, .woocommerce)
        XCTAssertEqual([summary.rows, summary.created, summary.joined, summary.linked, summary.passedOver], [4, 1, 1, 1, 1])
        let zoe = try shop.store.member(email: "zoe@example.com")
        XCTAssertEqual(zoe.joined, Date(timeIntervalSince1970: 1_557_850_168), "2019-05-14T16:09:28 GMT")
        XCTAssertEqual(zoe.details.phone, "+31 6 1234 5678")
        XCTAssertNil(zoe.acceptsMarketing, "WooCommerce keeps no consent")
        let ana = try shop.store.member(email: "ana@example.com")
        XCTAssertEqual(ana.name, "Ana Silva", "the billing name when the account has none")
        XCTAssertEqual(ana.joined, Date(timeIntervalSince1970: 1_604_305_800), "2020-11-02T08:30:00 GMT")

        let lines = try JSONSerialization.jsonObject(with: Data(try Fixture.bytes("woocommerce-customers.json"))) as! [Any]
        let jsonl = try lines.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }.joined(separator: "\n")
        let again = try shop.store.importCustomers(Array(jsonl.utf8), file: "customers.jsonl", signupPoints: .skip)
        XCTAssertEqual([again.rows, again.unchanged, again.passedOver], [4, 3, 1], "one customer per line is the same customers")
        try shop.assertConsistent()
    }

    func testEveryBadRowIsNamedAndNothingIsImportedUnlessSkipped() throws {
        let shop = try shop()
        let csv = """
            Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Phone
            '101,Good,One,good@example.com,yes,
            '102,Bad,Mail,not-an-address,no,
            '103,Bad,Consent,consent@example.com,maybe,
            '104,Bad,Phone,phone@example.com,no,call me
            ,No,Id,noid@example.com,no,

            """
        XCTAssertThrowsError(try text(shop, csv)) { error in
            let problems = (error as? ImportRefused)?.problems.map(\.description) ?? []
            XCTAssertEqual(problems, [
                "customers.csv line 3: \"Email\" is \"not-an-address\" — \"not-an-address\" is not an e-mail address like name@example.com",
                "customers.csv line 4: \"Accepts Email Marketing\" is \"maybe\" — must be yes or no (or empty when not known)",
                "customers.csv line 5: \"Phone\" is \"call me\" — phone \"call me\" may hold only digits, spaces and + - ( ) .",
                "customers.csv line 6: \"Customer ID\" is empty — every customer needs Shopify's id, so a later export updates the same member; "
                    + "export the customers from Shopify (Customers → Export → CSV for Excel, Numbers, or other spreadsheet programs)",
            ])
        }
        XCTAssertThrowsError(try shop.store.member(email: "good@example.com"), "nothing was imported")
        let skipped = try text(shop, csv, skipInvalid: true)
        XCTAssertEqual([skipped.created, skipped.rejected], [1, 4])
        XCTAssertEqual(try shop.store.member(email: "good@example.com").status, .member)
    }

    func testAnOrdersExportIsRefusedAsAWholeSayingWhichFileIsNeeded() throws {
        let shop = try shop()
        XCTAssertThrowsError(try load(shop, "shopify-orders-export-1.csv", skipInvalid: true)) { error in
            let refused = error as? ImportRefused
            XCTAssertEqual(refused?.refusesFile, true)
            XCTAssertTrue(refused?.problems.first?.description.contains("columns Customer ID, First Name, Last Name are missing") == true,
                          refused?.problems.first?.description ?? "")
        }
    }

    func testAnErasedCustomerIsLeftAloneAndWhatTheImportKeptOfThemIsGone() throws {
        let shop = try shop()
        try load(shop, "shopify-customers-export-1.csv")
        let ana = try shop.store.member(email: "ana@example.com")
        _ = try shop.store.erase(email: "ana@example.com")
        let again = try load(shop, "shopify-customers-export-2.csv")
        XCTAssertEqual(again.erased, 1)
        XCTAssertThrowsError(try shop.store.member(email: "ana@example.com"), "the erased person is not added again")
        let kept = try shop.store.read { try $0.db.one("SELECT name, phone FROM shop_customers WHERE member_id = ?", [ana.id]) { [$0.optionalText(0), $0.optionalText(1)] } }
        XCTAssertEqual(kept, [nil, nil])
        try shop.assertConsistent()
    }
}
