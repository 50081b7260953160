import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// Sign-up points given by the customer import are dated when the member joined the shop (their
/// account's creation, or their first order when that is earlier), not when the file is imported:
/// they count, and expire, from then.
final class DatedSignupTests: XCTestCase {
    /// `text` (ISO 8601 with Z) as a moment.
    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// The import shop with 50 Stars for signing up, points expiring after 12 months, and the
    /// visitor Ana, whose order is recorded today.
    func shop() throws -> ImportShop {
        let shop = try ImportShop()
        _ = try shop.store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
        _ = try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12)))
        _ = try shop.store.record(EarningEvent(kind: .order, externalID: "9001", email: "ana@example.com", name: "Ana",
                                               amount: Money(minorUnits: 1_000, currency: .euro)))
        return shop
    }

    func entries(_ shop: ImportShop, _ email: String) throws -> [LedgerEntry] {
        try shop.store.activity(memberID: try shop.store.member(email: email).id, limit: 100).reversed()
    }

    func testSignUpPointsAreDatedWhenTheShopAccountWasMadeAndExpireFromThen() throws {
        let shop = try shop()
        let summary = try shop.store.importCustomers(try Fixture.bytes("woocommerce-customers.json"), file: "woocommerce-customers.json",
                                                     signupPoints: .award)
        XCTAssertEqual(summary.signupsAwarded, 2, "Ana and Yamada joined; Zoë was a member")
        let yamada = try entries(shop, "yamada@example.jp")
        XCTAssertEqual(yamada.map(\.kind), [.earn, .expire])
        XCTAssertEqual(yamada.map(\.at), [utc("2021-01-31T23:59:59Z"), utc("2022-01-31T23:59:59Z")],
                       "signed up when the account was made, expired 12 months later")
        XCTAssertEqual(try shop.balance("yamada@example.jp"), 0)
        let ana = try entries(shop, "ana@example.com")
        let signup = try XCTUnwrap(ana.first { $0.eventKey?.hasPrefix("signup:") == true })
        XCTAssertEqual(signup.at, utc("2020-11-02T08:30:00Z"), "the account is older than her first order")
        XCTAssertEqual(try shop.balance("ana@example.com"), 100, "her order's points; the sign-up points expired in 2021")
        try shop.assertConsistent()
    }

    func testWithoutAnAccountDateTheSignUpIsDatedAtTheFirstOrder() throws {
        let shop = try shop()
        let placed = utc("2026-01-10T09:00:00Z")
        _ = try shop.store.record(EarningEvent(kind: .order, externalID: "9002", email: "emile@example.fr", name: "Émile",
                                               amount: Money(minorUnits: 500, currency: .euro), occurredAt: placed))
        _ = try shop.store.importCustomers(try Fixture.bytes("shopify-customers-export-1.csv"), file: "shopify-customers-export-1.csv",
                                           signupPoints: .award)
        let emile = try entries(shop, "emile@example.fr")
        XCTAssertEqual(emile.map(\.at), [placed, placed], "Shopify's export has no date: he joined with his first order")
        XCTAssertEqual(try shop.store.member(email: "emile@example.fr").joined, placed)
        try shop.assertConsistent()
    }
}
