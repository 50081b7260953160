import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The welcome e-mail goes to people becoming a member for the first time only, and a demo
/// member's records look as joining through the ordinary path leaves them.
final class WelcomeOnceTests: XCTestCase {
    private func welcomes(_ store: Store, _ member: Member) throws -> Int {
        try store.outbox(memberID: member.id).filter { $0.trigger == .welcome }.count
    }

    func testADemoMemberSetToVisitorAndBackIsNotWelcomedAgain() throws {
        let store = try Store.inMemory(actor: "anna")
        _ = try store.buildDemo(DemoOptions(members: 40, seed: 5))
        let member = try XCTUnwrap(try store.members(limit: 40).first { $0.status == .member })
        XCTAssertEqual(try welcomes(store, member), 1, "the demo's history holds the welcome sent when they joined")
        _ = try store.setStatus(email: member.email, .visitor)
        _ = try store.setStatus(email: member.email, .member)
        XCTAssertEqual(try welcomes(store, member), 1)
        XCTAssertEqual(try store.outbox(status: .queued).filter { $0.trigger == .welcome }, [])
        XCTAssertEqual(try store.check(), [])
    }

    func testAMemberWhoJoinedBeforeTheWelcomeWasSwitchedOnIsNotWelcomedWhenTheyRejoin() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        _ = try shop.store.setEmailActive(.welcome, true)
        _ = try shop.store.setStatus(email: zoe.email, .visitor)
        _ = try shop.store.setStatus(email: zoe.email, .member)
        XCTAssertEqual(try welcomes(shop.store, zoe), 0)

        let yamada = try shop.member("yamada@example.jp", status: .visitor)
        _ = try shop.store.setStatus(email: yamada.email, .member)
        XCTAssertEqual(try welcomes(shop.store, yamada), 1, "a visitor becoming a member for the first time is welcomed")
    }

    /// What a member's rows say, with their own id, name and e-mail taken out.
    private func records(_ store: Store, _ member: Member) throws -> [String] {
        let own = { (text: String) in
            text.replacingOccurrences(of: ":\(member.id)", with: ":ID").replacingOccurrences(of: "=\(member.id)", with: "=ID")
                .replacingOccurrences(of: member.name, with: "NAME").replacingOccurrences(of: member.email, with: "EMAIL")
        }
        let db = store.db
        let events = try db.all("SELECT key, kind, payload, awarded, outcome, entry_id IS NOT NULL FROM events WHERE member_id = ? ORDER BY created_at, key", [member.id]) {
            own("event \($0.text(0)) \($0.text(1)) \($0.text(2)) \($0.int(3)) \($0.text(4)) entry:\($0.int(5))")
        }
        let ledger = try db.all("SELECT kind, delta, balance_after, reason, actor, event_key, rule_id IS NOT NULL FROM ledger WHERE member_id = ? ORDER BY id", [member.id]) {
            own("ledger \($0.text(0)) \($0.int(1)) \($0.int(2)) \($0.text(3)) \($0.text(4)) \($0.optionalText(5) ?? "-") rule:\($0.int(6))")
        }
        let lots = try db.all("SELECT amount, remaining FROM lots WHERE member_id = ? ORDER BY entry_id", [member.id]) { "lot \($0.int(0)) \($0.int(1))" }
        let outbox = try db.all("SELECT trigger, event_key, to_name, to_address, subject, body FROM outbox WHERE member_id = ? ORDER BY id", [member.id]) {
            own("outbox \($0.text(0)) \($0.text(1)) \($0.text(2)) \($0.text(3)) \($0.text(4)) \($0.text(5))")
        }
        let row = try db.one("SELECT status, balance, earned_total, redeemed_total FROM members WHERE id = ?", [member.id]) {
            "member \($0.text(0)) \($0.int(1)) \($0.int(2)) \($0.int(3))"
        }
        return [row ?? "no member"] + events + ledger + lots + outbox
    }

    func testADemoMembersRecordsAreThoseOfAMemberWhoJoinedThroughTheCLIPath() throws {
        let store = try Store.inMemory(actor: "anna")
        _ = try store.buildDemo(DemoOptions(members: 200, seed: 11))
        let onlyJoined = try store.db.one("""
            SELECT m.id FROM members m WHERE m.status = 'member' AND (SELECT count(*) FROM ledger l WHERE l.member_id = m.id) = 1 ORDER BY m.id LIMIT 1
            """) { $0.int(0) }
        let demo = try store.member(id: try XCTUnwrap(onlyJoined, "a demo member who only joined"))
        let joined = try store.addMember(MemberDetails(name: "Zoë Jansen", email: "zoe@example.com"))
        XCTAssertEqual(try records(store, demo), try records(store, joined))
        XCTAssertTrue(try records(store, demo).contains { $0.hasPrefix("outbox welcome member:ID NAME EMAIL Welcome to Café Aurora Rewards, NAME!") })
    }

    func testADemoCouponWasSentByEmailAsARedemptionSendsIt() throws {
        let store = try Store.inMemory(actor: "anna")
        _ = try store.buildDemo(DemoOptions(members: 200, seed: 11))
        let coupons = try store.db.scalar("SELECT count(*) FROM coupons c JOIN members m ON m.id = c.member_id WHERE m.status = 'member'")
        XCTAssertGreaterThan(coupons, 0)
        XCTAssertEqual(try store.db.scalar("SELECT count(*) FROM outbox o JOIN coupons c ON o.event_key = 'coupon:' || c.code WHERE o.trigger = 'coupon_issued'"), coupons)
        XCTAssertEqual(try store.check(), [])
    }
}
