import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// An import applies a whole file in one transaction with what it learns along the way (the
/// programme read once, the people met so far remembered by e-mail); none of that may change what
/// a file does compared with the same events recorded one by one.
final class ImportBatchTests: XCTestCase {
    /// `ImportShop` plus a Silver tier (500 Stars, ×1.5), 200 Stars for a referral, and Bo, referred by Zoë.
    private func shop() throws -> ImportShop {
        let shop = try ImportShop()
        shop.store.now = { Date(timeIntervalSince1970: 1_772_359_200) }
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 500, multiplier: 150))
        _ = try shop.store.addRule(EarningRule(kind: .referral, award: .fixed(200)))
        let zoe = try shop.store.member(email: "zoe@example.com")
        _ = try shop.store.addMember(MemberDetails(name: "Bo", email: "bo@example.com"), status: .member, referralCode: zoe.referralCode)
        return shop
    }

    private func events(_ rows: [String]) -> String { "kind,email,external_id,amount,currency,name,refund_id,action\n" + rows.joined(separator: "\n") + "\n" }

    func testAVisitorMetEarlierInTheFileIsFoundAgainWhateverTheCaseOfItsASCIILetters() throws {
        let shop = try shop()
        let summary = try shop.importText(events([
            "order,Ana@Example.com,A-1,10.00,EUR,Ana,,", "order,ana@example.com,A-2,10.00,EUR,,,", "order,ANA@EXAMPLE.COM,A-3,10.00,EUR,,,",
            "order,jürgen@example.com,J-1,10.00,EUR,Jürgen,,", "order,JÜRGEN@example.com,J-2,10.00,EUR,,,",
        ]), .events, name: "e.csv")
        // The database compares addresses with NOCASE, which folds ASCII letters only: ü and Ü are two people.
        XCTAssertEqual(summary.visitorsCreated, 3)
        XCTAssertEqual(try shop.balance("ANA@example.com"), 300)
        XCTAssertEqual(try shop.store.member(email: "ana@example.com").name, "Ana")
        XCTAssertEqual(try shop.balance("jürgen@example.com"), 100)
        XCTAssertEqual(try shop.balance("JÜRGEN@example.com"), 100)
        try shop.assertConsistent()
    }

    func testTheSameOrderTwiceInOneFileAwardsOnce() throws {
        let shop = try shop()
        let summary = try shop.importText(events(["order,zoe@example.com,Z-1,25.00,EUR,,,", "order,ZOE@example.com,Z-1,25.00,EUR,,,"]), .events, name: "e.csv")
        XCTAssertEqual(summary.earned, 1)
        XCTAssertEqual(summary.duplicates, 1)
        XCTAssertEqual(try shop.balance("zoe@example.com"), 250)
        try shop.assertConsistent()
    }

    func testAMemberWhoReachesATierMidFileEarnsItsMultiplierOnLaterOrders() throws {
        let shop = try shop()
        try shop.importText(events(["order,zoe@example.com,Z-1,30.00,EUR,,,", "order,zoe@example.com,Z-2,40.00,EUR,,,", "order,zoe@example.com,Z-3,10.00,EUR,,,"]),
                            .events, name: "e.csv")
        XCTAssertEqual(try shop.reasons("zoe@example.com").suffix(3), ["+300 Order Z-1 (30.00 EUR)", "+400 Order Z-2 (40.00 EUR)", "+150 Order Z-3 (10.00 EUR)"])
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Silver")
        try shop.assertConsistent()
    }

    func testAReferredMembersFirstOrderInAFilePaysTheReferrerOnce() throws {
        let shop = try shop()
        let before = try shop.balance("zoe@example.com")
        try shop.importText(events(["order,bo@example.com,B-1,10.00,EUR,,,", "order,bo@example.com,B-2,10.00,EUR,,,"]), .events, name: "e.csv")
        XCTAssertEqual(try shop.balance("zoe@example.com") - before, 200)
        XCTAssertEqual(try shop.balance("bo@example.com"), 200)
        try shop.assertConsistent()
    }

    func testAnImportLeavesWhatTheSameEventsRecordedOneByOneLeave() throws {
        let text = events([
            "order,zoe@example.com,T-1,30.00,EUR,,,", "order,Ana@Example.com,T-2,20.00,EUR,Ana,,", "order,ana@example.com,T-3,15.00,EUR,,,",
            "order,jürgen@example.com,T-4,12.34,EUR,Jürgen,,", "order,JÜRGEN@example.com,T-5,5.00,EUR,,,", "order,zoe@example.com,T-6,40.00,EUR,,,",
            "order,zoe@example.com,T-7,10.00,EUR,,,", "order,zoe@example.com,T-1,30.00,EUR,,,", "order,bo@example.com,T-8,25.00,EUR,,,",
            "order,bo@example.com,T-9,25.00,EUR,,,", "review,noor@example.com,R-1,,,Noor,,", "custom,zoe@example.com,IG-1,,,,,Follow us on Instagram",
            "refund,,T-6,10.00,EUR,,RF-1,", "refund,,T-6,10.00,EUR,,RF-1,", "cancel,,T-2,,,,,", "refund,,UNKNOWN,5.00,EUR,,RF-2,", "order,ana@example.com,T-10,80.00,EUR,,,",
        ])
        let imported = try shop()
        try imported.importText(text, .events, name: "e.csv")

        let oneByOne = try shop()
        for item in ImportFormat.events.parse(Array(text.utf8), file: "e.csv", currency: .euro).items {
            switch item.action {
            case let .earn(event):
                _ = try oneByOne.store.record(event)
            case let .refund(request):
                _ = try? oneByOne.store.refund(request)
            case let .cancel(order):
                _ = try? oneByOne.store.refund(RefundRequest(orderRef: order))
            case .refundedUpTo:
                XCTFail("events files have no running refunds")
            }
        }
        XCTAssertEqual(try imported.store.statistics(), try oneByOne.store.statistics())
        for email in ["zoe@example.com", "ana@example.com", "jürgen@example.com", "JÜRGEN@example.com", "bo@example.com", "noor@example.com"] {
            let (a, b) = (try imported.store.member(email: email), try oneByOne.store.member(email: email))
            XCTAssertEqual([a.balance, a.earnedTotal, a.tierID], [b.balance, b.earnedTotal, b.tierID], email)
            XCTAssertEqual(try imported.reasons(email), try oneByOne.reasons(email), email)
        }
        try imported.assertConsistent()
        try oneByOne.assertConsistent()
    }
}
