import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// An import applies its items grouped by member (`MemberOrder`) for speed; every member must end
/// up exactly as applying the file line by line leaves them.
final class MemberOrderTests: XCTestCase {
    func testMemberOrderLeavesEveryMemberAsFileOrderDoes() throws {
        for seed in UInt64(1)...12 {
            let file = Self.randomEventsFile(seed: seed)
            let lineByLine = try Self.importedShop(file, batchSize: 1)
            for batchSize in [7, 100_000] {
                let grouped = try Self.importedShop(file, batchSize: batchSize)
                XCTAssertEqual(grouped.summary, lineByLine.summary, "seed \(seed), batches of \(batchSize)")
                let (expected, actual) = (try Self.snapshot(lineByLine.store), try Self.snapshot(grouped.store))
                for (table, rows) in expected {
                    XCTAssertEqual(actual[table], rows, "\(table), seed \(seed), batches of \(batchSize)")
                }
                XCTAssertEqual(try grouped.store.check(), [])
            }
        }
    }

    func testItemsAreGroupedByMemberInIDOrderWithNewVisitorsLast() throws {
        let shop = try Shop()
        let ann = try shop.member("ann@example.com"), bob = try shop.member("bob@example.com")
        let items = [
            earn(1, "visitor@example.com"), earn(2, "bob@example.com"), earn(3, "ANN@example.com"), earn(4, "bob@example.com"),
            ImportItem(line: 5, .cancel(order: "2")), earn(6, "ann@example.com"), ImportItem(line: 7, .cancel(order: "unknown")),
        ]
        XCTAssertLessThan(ann.id, bob.id)
        let order = try shop.store.write(.membersAndPoints) { tx in try MemberOrder(items, tx: tx, known: KnownMembers()).indices }
        XCTAssertEqual(order.map { items[$0].line }, [7, 3, 6, 2, 4, 5, 1], "unknown orders first, then Ann, Bob (with his order's cancellation), the visitor")
    }

    func testAReferredMemberIsAppliedInFileOrderWithTheirReferrer() throws {
        let shop = try Shop()
        let ann = try shop.member("ann@example.com")
        _ = try shop.member("bob@example.com")
        _ = try shop.member("zoe@example.com", referralCode: ann.referralCode)
        let items = [earn(1, "zoe@example.com"), earn(2, "bob@example.com"), earn(3, "ann@example.com"), earn(4, "zoe@example.com")]
        let order = try shop.store.write(.membersAndPoints) { tx in try MemberOrder(items, tx: tx, known: KnownMembers()).indices }
        XCTAssertEqual(order.map { items[$0].line }, [1, 3, 4, 2], "Zoë's first order pays Ann, whose own order comes after it in the file")
    }

    func testARefundOfARecordedOrderGoesWithTheMemberWhoPlacedIt() throws {
        let shop = try Shop()
        _ = try shop.member("ann@example.com")
        _ = try shop.member("bob@example.com")
        try shop.store.order("B7", "bob@example.com", "20")
        let items = [earn(1, "ann@example.com", id: "B7"), earn(2, "bob@example.com"), ImportItem(line: 3, .cancel(order: "B7")), earn(4, "ann@example.com")]
        let order = try shop.store.write(.membersAndPoints) { tx in try MemberOrder(items, tx: tx, known: KnownMembers()).indices }
        XCTAssertEqual(order.map { items[$0].line }, [1, 4, 2, 3], "order B7 is Bob's: line 1 only clashes with it")
    }

    func testProgressCountsEveryItemAppliedClashesIncluded() throws {
        let shop = try Shop()
        _ = try shop.member("ann@example.com")
        let file = (1...2_500).map { #"{"kind":"order","email":"\#($0 % 7 == 0 ? "bob" : "ann")@example.com","external_id":"\#($0 % 1_000)","amount":"5.00"}"# }
        var progress: [ImportProgress] = []
        let summary = try shop.store.importFile(.bytes(Array((file.joined(separator: "\n") + "\n").utf8)), format: .events, file: "e.jsonl",
                                                skipInvalid: false, batchSize: 600) { progress.append($0) }
        XCTAssertEqual(summary.earned, 1_000)
        XCTAssertFalse(summary.changed.isEmpty, "Bob's lines clash with Ann's orders of the same id")
        let applied = progress.compactMap { if case let .applying(applied, of) = $0 { return (applied, of) } else { return nil } }
        XCTAssertEqual(applied.last?.0, 2_500)
        XCTAssertEqual(applied.last?.1, 2_500)
        XCTAssertEqual(applied.map(\.0), applied.map(\.0).sorted(), "never goes back")
    }

    private func earn(_ line: Int, _ email: String, id: String? = nil) -> ImportItem {
        ImportItem(line: line, .earn(EarningEvent(kind: .order, externalID: id ?? String(line), email: email, amount: eur("10"))))
    }

    /// A shop where members affect each other: referrals (one referrer of several, a referred
    /// referrer), tiers that multiply, a daily cap, e-mails on earning, on a reward coming within
    /// reach and on a new tier; and orders already recorded, to be refunded by the file.
    static func importedShop(_ file: String, batchSize: Int) throws -> (store: Store, summary: ImportSummary) {
        let store = try busyShop().store
        let summary = try store.importFile(.bytes(Array(file.utf8)), format: .events, file: "events.jsonl", skipInvalid: false,
                                           batchSize: batchSize, progress: nil)
        return (store, summary)
    }

    /// The shop `importedShop` imports into, before the import.
    static func busyShop() throws -> Shop {
        let shop = try Shop(expiryMonths: 12)
        let store = shop.store
        _ = try store.addTier(Tier(name: "Silver", threshold: 300, multiplier: 150))
        _ = try store.addTier(Tier(name: "Gold", threshold: 900, multiplier: 200))
        _ = try store.addRule(EarningRule(kind: .referral, award: .fixed(60)))
        _ = try store.addRule(EarningRule(kind: .review, award: .fixed(40), maxPerMemberPerDay: 100))
        _ = try store.addRule(EarningRule(kind: .custom, name: "Follow", award: .fixed(25)))
        for trigger in [EmailTrigger.pointsEarned, .rewardAvailable, .tierReached] { _ = try store.setEmailActive(trigger, true) }
        let ann = try shop.member("m0@example.com")
        let bob = try shop.member("m1@example.com", referralCode: ann.referralCode)
        for index in 2...5 { try shop.member("m\(index)@example.com", referralCode: ann.referralCode) }
        try shop.member("m6@example.com", referralCode: bob.referralCode)
        for index in 7...11 { try shop.member("m\(index)@example.com", status: index == 11 ? .visitor : .member) }
        for index in [0, 1, 7, 8] { try store.order("p\(index)", "m\(index)@example.com", "35.00") }
        return shop
    }

    /// A generic events file of 160 lines at random: orders by members and visitors (e-mails written
    /// in other cases too), reviews up to the daily cap, custom actions, repeated and clashing ids,
    /// partial refunds (some repeated), cancellations, and refunds of orders nobody recorded.
    static func randomEventsFile(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        var orders = ["p0", "p1", "p7", "p8"]
        var lines: [String] = []
        func person() -> String {
            let index = random.below(16)
            let email = index < 12 ? "m\(index)@example.com" : "visitor\(index)@example.net"
            return random.below(5) == 0 ? email.uppercased() : email
        }
        for line in 0..<160 {
            switch random.below(20) {
            case 0..<9:
                let id = random.below(30) == 0 ? orders[Int(random.below(Int64(orders.count)))] : "o\(line)"
                if !orders.contains(id) { orders.append(id) }
                let euros = 1 + random.below(150), cents = random.below(100)
                lines.append(#"{"kind":"order","email":"\#(person())","external_id":"\#(id)","amount":"\#(euros).\#(cents < 10 ? "0" : "")\#(cents)","currency":"EUR"}"#)
            case 9..<11:
                lines.append(#"{"kind":"review","email":"\#(person())","external_id":"r\#(random.below(30) == 0 ? 0 : line)"}"#)
            case 11:
                lines.append(#"{"kind":"custom","email":"\#(person())","external_id":"f\#(line)","action":"Follow"}"#)
            case 12..<16:
                let order = random.below(6) == 0 ? "never\(line)" : orders[Int(random.below(Int64(orders.count)))]
                let refund = random.below(10) == 0 ? "x0" : "x\(line)"
                lines.append(#"{"kind":"refund","external_id":"\#(order)","amount":"\#(1 + random.below(20)).00","refund_id":"\#(refund)"}"#)
            case 16:
                lines.append(#"{"kind":"cancel","external_id":"\#(orders[Int(random.below(Int64(orders.count)))])"}"#)
            default:
                let euros = 100 + random.below(200)
                lines.append(#"{"kind":"order","email":"\#(person())","external_id":"big\#(line)","amount":"\#(euros).00","currency":"EUR"}"#)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything a person or the owner can see, keyed by e-mail rather than by ids (entry ids and
    /// new visitors' ids may differ), as sorted rows per table.
    static func snapshot(_ store: Store) throws -> [String: [String]] {
        let tables: [String: (columns: [String], from: String)] = [
            "members": (["lower(m.email)", "m.name", "m.status", "t.name", "balance", "earned_total", "redeemed_total", "last_activity_at", "joined_at"],
                        "members m JOIN tiers t ON t.id = m.tier_id"),
            "ledger": (["lower(m.email)", "(SELECT count(*) FROM ledger p WHERE p.member_id = l.member_id AND p.id < l.id)", "l.kind", "l.delta",
                        "l.balance_after", "l.reason", "l.event_key", "l.rule_id", "l.expires_at", "r.event_key", "l.occurred_at"],
                       "ledger l JOIN members m ON m.id = l.member_id LEFT JOIN ledger r ON r.id = l.reverses_id"),
            "lots": (["lower(m.email)", "e.event_key", "amount", "remaining", "lots.expires_at"],
                     "lots JOIN members m ON m.id = lots.member_id JOIN ledger e ON e.id = lots.entry_id"),
            "orders": (["ref", "lower(m.email)", "paid", "earned", "refunded", "reversed"], "orders o JOIN members m ON m.id = o.member_id"),
            "events": (["key", "lower(m.email)", "payload", "awarded", "outcome"], "events e JOIN members m ON m.id = e.member_id"),
            "outbox": (["trigger", "lower(to_address)", "subject", "body"], "outbox"),
            "totals": (["kind", "gained", "lost", "entries"], "point_totals"),
            "daily": (["day", "issued", "redeemed"], "daily_points"),
            "counts": (["status", "tier_id", "count"], "member_counts"),
        ]
        return try tables.mapValues { table in
            let row = table.columns.map { "quote(\($0))" }.joined(separator: " || ' | ' || ")
            return try store.db.all("SELECT \(row) FROM \(table.from)") { $0.text(0) }.sorted()
        }
    }
}
