import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class MemberTests: XCTestCase {
    func testAMemberIsStoredWithDetailsBaseTierAndAReferralCode() throws {
        let shop = try Shop()
        let m = try shop.store.addMember(MemberDetails(name: " Zoë ", email: "Zoe@Example.com", phone: "+31 6 1234", birthday: "04-17"))
        XCTAssertEqual(m.details, MemberDetails(name: "Zoë", email: "Zoe@Example.com", phone: "+31 6 1234", birthday: "04-17"))
        XCTAssertEqual(m.status, .member)
        XCTAssertEqual(m.tierName, "Base")
        XCTAssertEqual(m.balance, 0)
        XCTAssertEqual(m.referralCode.count, 8)
        XCTAssertEqual(m.joined, day(0))
    }

    func testEmailIsUniqueIgnoringLetterCase() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        XCTAssertEqual(try shop.store.member(email: "ZOE@EXAMPLE.COM").email, "zoe@example.com")
        let message = errorMessage { try shop.member("ZOE@example.com") }
        XCTAssertTrue(message.contains("already in the programme"), message)
    }

    func testUnknownMembersAreReportedClearly() throws {
        let shop = try Shop()
        XCTAssertTrue(errorMessage { _ = try shop.store.member(email: "nobody@example.com") }.contains("no member with e-mail nobody@example.com"))
        XCTAssertThrowsError(try shop.store.member(id: 999))
    }

    func testAVisitorIsCreatedByAnEventAndEarnsButCannotRedeem() throws {
        let shop = try Shop()
        XCTAssertEqual(try shop.store.order("1", "vic@example.com", "20").points, 200)
        let vic = try shop.store.member(email: "vic@example.com")
        XCTAssertEqual(vic.status, .visitor)
        XCTAssertEqual(vic.balance, 200)
        let message = errorMessage { try shop.redeemFiveOff("vic@example.com") }
        XCTAssertEqual(message, "vic@example.com is a visitor; only members can redeem: make them a member first")
        XCTAssertEqual(try shop.store.balance("vic@example.com"), 200)
        XCTAssertEqual(try shop.store.coupons(memberID: vic.id), [])
        _ = try shop.store.setStatus(email: "vic@example.com", .member)
        XCTAssertNoThrow(try shop.redeemFiveOff("vic@example.com"))
    }

    func testAPendingPersonCannotRedeemEither() throws {
        let shop = try Shop()
        try shop.member("pat@example.com", status: .pending)
        try shop.store.gift("pat@example.com", 500)
        XCTAssertTrue(errorMessage { try shop.redeemFiveOff("pat@example.com") }.contains("is pending; only members can redeem"))
    }

    func testDetailsCanBeUpdatedButNotToAnotherMembersEmail() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.member("ann@example.com")
        let updated = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë B", email: "zoe.b@example.com", phone: "123"))
        XCTAssertEqual(updated.email, "zoe.b@example.com")
        XCTAssertEqual(updated.details.phone, "123")
        XCTAssertThrowsError(try shop.store.updateMember(email: "zoe.b@example.com", MemberDetails(name: "Z", email: "ANN@example.com")))
    }

    func testMembersArePagedByNameAndFoundByPrefix() throws {
        let shop = try Shop()
        for name in ["dora", "bea", "anna", "carl", "eve", "al_x"] { try shop.member("\(name)@example.com") }
        let first = try shop.store.members(limit: 3)
        XCTAssertEqual(first.map(\.email), ["al_x@example.com", "anna@example.com", "bea@example.com"])
        let next = try shop.store.members(after: MemberCursor(name: first[2].name, id: first[2].id), limit: 3)
        XCTAssertEqual(next.map(\.email), ["carl@example.com", "dora@example.com", "eve@example.com"])
        let back = try shop.store.members(after: MemberCursor(name: next[0].name, id: next[0].id), limit: 2, backwards: true)
        XCTAssertEqual(back.map(\.email), ["anna@example.com", "bea@example.com"])
        XCTAssertEqual(try shop.store.members(limit: 2, backwards: true).map(\.email), ["dora@example.com", "eve@example.com"], "the last page")
        XCTAssertEqual(try shop.store.members(after: MemberCursor(name: next[2].name, id: next[2].id), limit: 3), [], "nothing after the end")
        XCTAssertEqual(try shop.store.searchMembers("A", limit: 10).map(\.email), ["al_x@example.com", "anna@example.com"])
        XCTAssertEqual(try shop.store.searchMembers("al_", limit: 10).map(\.email), ["al_x@example.com"], "_ is not a wildcard")
    }

    func testAReferralPaysTheReferrerOnTheReferredMembersFirstOrderOnly() throws {
        let shop = try Shop()
        _ = try shop.store.addRule(EarningRule(kind: .referral, award: .fixed(250)))
        let ann = try shop.member("ann@example.com")
        let zoe = try shop.member("zoe@example.com", referralCode: ann.referralCode.lowercased())
        XCTAssertEqual(zoe.referredBy, ann.id)
        XCTAssertEqual(try shop.store.balance("ann@example.com"), 0, "joining alone does not pay the referrer")
        try shop.store.order("1", "zoe@example.com", "10")
        XCTAssertEqual(try shop.store.balance("ann@example.com"), 250)
        try shop.store.order("2", "zoe@example.com", "10")
        XCTAssertEqual(try shop.store.balance("ann@example.com"), 250, "only the first order pays")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 200)
        XCTAssertTrue(errorMessage { try shop.member("bob@example.com", referralCode: "NOSUCHCD") }.contains("no member has the referral code"))
        try shop.assertConsistent()
    }
}
