import XCTest
@testable import LoyaltyStore

final class KnownMembersTests: XCTestCase {
    func testAddressesAreMatchedAsTheDatabaseMatchesThem() {
        let known = KnownMembers()
        known.remember(EarningMember(id: 1, referredBy: nil), email: "Zoë.Ångström@Example.com")
        XCTAssertEqual(known.member(email: "zoë.Ångström@example.COM")?.id, 1, "ASCII letters in either case are the same")
        XCTAssertNil(known.member(email: "ZOË.ÅNGSTRÖM@example.com"), "NOCASE does not fold ë and Ë, so neither may this")
    }

    func testWhenFullItForgetsAndStillRemembersWhatComesNext() {
        let known = KnownMembers(capacity: 2)
        for id in 1...3 { known.remember(EarningMember(id: Int64(id), referredBy: nil), email: "p\(id)@example.com") }
        XCTAssertNil(known.member(email: "p1@example.com"))
        XCTAssertEqual(known.member(email: "p3@example.com")?.id, 3)
    }
}
