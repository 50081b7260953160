import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Many people's status changed at once: one transaction, each change audited, through the same
/// step as one change; a list entry that names no one changes nothing.
final class BulkStatusTests: XCTestCase {
    private func shop() throws -> Shop {
        let shop = try Shop()
        _ = try shop.store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
        try shop.member("zoe@example.com")
        for name in ["ana", "bo", "cy"] { try shop.member("\(name)@example.com", status: .visitor) }
        try shop.member("pending@example.com", status: .pending)
        return shop
    }

    func testAllVisitorsBecomeMembersEachWithTheirSignUpPointsAndAnAuditLine() throws {
        let shop = try shop()
        let dry = try shop.store.setStatus(of: .allVisitors, to: .member, reason: "all visitors", dryRun: true)
        XCTAssertEqual([dry.selected, dry.changed], [3, 3])
        XCTAssertEqual(try shop.store.member(email: "ana@example.com").status, .visitor, "a dry run changes nothing")

        let change = try shop.store.setStatus(of: .allVisitors, to: .member, reason: "all visitors")
        XCTAssertEqual([change.selected, change.changed], [3, 3])
        for name in ["ana", "bo", "cy"] {
            let member = try shop.store.member(email: "\(name)@example.com")
            XCTAssertEqual([member.status.rawValue, String(member.balance)], ["member", "50"], name)
        }
        XCTAssertEqual(try shop.store.member(email: "pending@example.com").status, .pending)
        let audit = try shop.store.auditEntries(limit: 4).map { "\($0.action) \($0.subject) \($0.after) (\($0.reason))" }
        XCTAssertEqual(audit, ["member.status.bulk all visitors 3 of 3 set to member ()", "member.status cy@example.com status: member (all visitors)",
                               "member.status bo@example.com status: member (all visitors)", "member.status ana@example.com status: member (all visitors)"])
        XCTAssertEqual(try shop.store.setStatus(of: .allVisitors, to: .member, reason: "all visitors").selected, 0)
        try shop.assertConsistent()
    }

    func testAListNamingSomeoneUnknownChangesNothingAndNamesEveryBadEntry() throws {
        let shop = try shop()
        let list = ["ana@example.com", "nobody@example.com", "zoe@example.com", "not an address", "ANA@example.com"]
        XCTAssertThrowsError(try shop.store.setStatus(of: .emails(list), to: .member, reason: "from list.txt")) { error in
            XCTAssertEqual(error as? BulkStatusRefused, BulkStatusRefused(entries: [
                .init(position: 1, text: "nobody@example.com", problem: .noSuchMember),
                .init(position: 3, text: "not an address", problem: .notAnEmail),
            ]))
        }
        XCTAssertEqual(try shop.store.member(email: "ana@example.com").status, .visitor, "nothing changed")
        let change = try shop.store.setStatus(of: .emails(["ana@example.com", "zoe@example.com", "ANA@example.com"]), to: .member, reason: "from list.txt")
        XCTAssertEqual([change.selected, change.changed], [2, 1], "the same person twice counts once; Zoë was a member")
        XCTAssertEqual(try shop.store.member(email: "ana@example.com").status, .member)
    }
}
