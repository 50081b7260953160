import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The audit log: every manual change and programme change, with who, when, before → after and why.
final class AuditLogTests: XCTestCase {
    private func newest(_ shop: Shop, _ count: Int = 1) throws -> [AuditEntry] { try shop.store.auditEntries(limit: count) }

    func testManualBalanceChangesRecordWhoBeforeAfterAndWhy() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        _ = try shop.store.give(email: "zoe@example.com", points: 150, reason: "in-store purchase")
        _ = try shop.store.remove(email: "zoe@example.com", points: 20, reason: "returned item")
        _ = try shop.store.setBalance(email: "zoe@example.com", to: 200, reason: "old card")
        try shop.redeemFiveOff("zoe@example.com")
        let lines = try newest(shop, 4).reversed().map { [$0.actor, $0.action, $0.subject, $0.before, $0.after, $0.reason] }
        XCTAssertEqual(lines[0], ["tester", "points.give", "zoe@example.com", "balance: 0", "balance: 150", "in-store purchase"])
        XCTAssertEqual(lines[1], ["tester", "points.remove", "zoe@example.com", "balance: 150", "balance: 130", "returned item"])
        XCTAssertEqual(lines[2], ["tester", "points.set", "zoe@example.com", "balance: 130", "balance: 200", "old card"])
        XCTAssertEqual(Array(lines[3].prefix(5)), ["tester", "points.redeem", "zoe@example.com", "balance: 200", "balance: 100"])
        XCTAssertTrue(lines[3][5].hasPrefix("€5 off: coupon "), lines[3][5])
        XCTAssertEqual(try newest(shop)[0].at, day(0))
    }

    func testAProgrammeEditRecordsOnlyTheFieldsThatChanged() throws {
        let shop = try Shop()
        var rule = shop.orderRule
        rule.maxPerMemberPerDay = 500
        _ = try shop.store.editRule(rule)
        let line = try XCTUnwrap(newest(shop).first)
        XCTAssertEqual([line.action, line.subject, line.before, line.after],
                       ["rule.edit", "rule 1 (Place an order)", "max per member per day: none", "max per member per day: 500"])
        try shop.store.updateProgram(ProgramUpdate(pointsName: "Beans"))
        let rename = try XCTUnwrap(newest(shop).first)
        XCTAssertEqual([rename.action, rename.before, rename.after], ["program.edit", "points name: Stars", "points name: Beans"])
    }

    func testTurningOffTheLastWayToEarnRecordsTheAutomaticPause() throws {
        let shop = try Shop()
        _ = try shop.store.setRuleActive(id: shop.orderRule.id, false)
        let lines = try newest(shop, 2)
        XCTAssertEqual(lines.map(\.action), ["program.pause", "rule.deactivate"])
        XCTAssertEqual(lines[0].reason, "no active way to earn is left")
        XCTAssertEqual(lines[1].before, "active: on")
        XCTAssertEqual(lines[1].after, "active: off")
    }

    func testTheLogCannotBeEditedOrDeleted() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        XCTAssertTrue(errorMessage { try shop.store.db.execute("UPDATE audit_log SET actor = 'someone else'") }.contains("append-only"))
        XCTAssertTrue(errorMessage { try shop.store.db.execute("DELETE FROM audit_log") }.contains("append-only"))
        XCTAssertEqual(try newest(shop)[0].actor, "tester")
    }

    func testErasureRemovesThePersonFromTheLinesAboutThemOnly() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.member("max@example.com")
        _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë Jansen", email: "zoe.jansen@example.com"))
        _ = try shop.store.give(email: "zoe.jansen@example.com", points: 10, reason: "Zoë Jansen's birthday")
        _ = try shop.store.give(email: "max@example.com", points: 10, reason: "welcome")
        let erased = try shop.store.erase(email: "zoe.jansen@example.com")
        let all = try shop.store.auditEntries(limit: 100)
        let text = all.map { "\($0.subject) \($0.before) \($0.after) \($0.reason)" }.joined(separator: "\n")
        XCTAssertFalse(text.contains("Jansen"), text)
        XCTAssertFalse(text.contains("zoe"), text)
        XCTAssertFalse(text.contains("Zoe"), "the name she had before the edit is gone too: \(text)")
        XCTAssertTrue(text.contains("max@example.com"), "other members' lines stay as they were")
        XCTAssertEqual(all.first?.action, "member.erase")
        XCTAssertEqual(all.first?.subject, erased.email)
        XCTAssertEqual(try shop.store.check(), [])
    }

    func testSettingABalanceSomeoneElseChangedMeanwhileIsRefused() throws {
        let path = try temporaryDirectory().appendingPathComponent("loyalty.db").path
        let staff = try Store(path: path, actor: "olga")
        try staff.updateProgram(ProgramUpdate(name: "Café"))
        _ = try staff.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        _ = try staff.give(email: "zoe@example.com", points: 100, reason: "opening")
        let seen = try staff.member(email: "zoe@example.com").balance

        let other = try Store(path: path, actor: "olga")
        _ = try other.give(email: "zoe@example.com", points: 50, reason: "order at the till")

        XCTAssertEqual(errorMessage { _ = try staff.setBalance(email: "zoe@example.com", to: 80, reason: "correction", expected: seen) },
                       "zoe@example.com's balance changed from 100 to 150 since you looked (someone else changed it); nothing was changed: check the new balance and try again")
        XCTAssertEqual(try staff.member(email: "zoe@example.com").balance, 150, "the other change is kept")
        _ = try staff.setBalance(email: "zoe@example.com", to: 80, reason: "correction", expected: 150)
        XCTAssertEqual(try staff.member(email: "zoe@example.com").balance, 80)
    }

    func testEditingDetailsSomeoneElseChangedMeanwhileIsRefused() throws {
        let shop = try Shop()
        let seen = try shop.member("zoe@example.com").details
        _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë", email: "zoe@example.com", phone: "+31 6 1234"))
        XCTAssertTrue(errorMessage {
            _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoe Jansen", email: "zoe@example.com"), expected: seen)
        }.contains("details changed since you opened them"))
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").details.phone, "+31 6 1234")
    }

    func testTheLogPagesNewestFirstAndFiltersByUser() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        for n in 1...5 { _ = try shop.store.give(email: "zoe@example.com", points: Points(n), reason: "gift \(n)") }
        let first = try shop.store.auditEntries(limit: 3)
        XCTAssertEqual(first.map(\.reason), ["gift 5", "gift 4", "gift 3"])
        XCTAssertEqual(try shop.store.auditEntries(beforeID: first.last!.id, limit: 2).map(\.reason), ["gift 2", "gift 1"])
        XCTAssertEqual(try shop.store.auditEntries(actor: "nobody", limit: 10), [])
        XCTAssertEqual(try shop.store.auditEntries(actor: "tester", limit: 100).count, try shop.store.auditEntries(limit: 100).count)
    }
}
