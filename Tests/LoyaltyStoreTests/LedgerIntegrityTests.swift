import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class LedgerIntegrityTests: XCTestCase {
    /// A shop with some history: earnings, a redemption, a refund, a manual change.
    func busyShop() throws -> Shop {
        let shop = try Shop(expiryMonths: 6)
        try shop.member("zoe@example.com")
        try shop.member("ann@example.com")
        try shop.store.order("1", "zoe@example.com", "25")
        try shop.store.order("2", "ann@example.com", "12")
        try shop.redeemFiveOff("zoe@example.com", orderRef: "1")
        _ = try shop.store.refund(RefundRequest(orderRef: "1", refundID: "r", amount: eur("5")))
        _ = try shop.store.setBalance(email: "ann@example.com", to: 10, reason: "r")
        try shop.assertConsistent()
        return shop
    }

    func testLedgerEntriesCannotBeUpdated() throws {
        let shop = try busyShop()
        XCTAssertThrowsError(try shop.store.db.run("UPDATE ledger SET delta = 1000 WHERE id = 1")) { error in
            XCTAssertTrue(String(describing: error).contains("append-only"), "\(error)")
        }
        XCTAssertThrowsError(try shop.store.db.run("UPDATE ledger SET reason = 'nothing happened'"))
        XCTAssertEqual(try shop.store.activity(memberID: 1, limit: 100).last?.delta, 250)
    }

    func testLedgerEntriesCannotBeDeleted() throws {
        let shop = try busyShop()
        let before = try shop.store.db.scalar("SELECT count(*) FROM ledger")
        XCTAssertThrowsError(try shop.store.db.run("DELETE FROM ledger WHERE id = 1")) { error in
            XCTAssertTrue(String(describing: error).contains("append-only"), "\(error)")
        }
        XCTAssertThrowsError(try shop.store.db.run("DELETE FROM ledger"))
        XCTAssertEqual(try shop.store.db.scalar("SELECT count(*) FROM ledger"), before)
    }

    func testAnEntryThatDoesNotContinueTheBalanceIsRefused() throws {
        let shop = try busyShop()
        XCTAssertThrowsError(try shop.store.db.run("""
            INSERT INTO ledger(member_id, kind, delta, balance_after, reason, actor, created_at, occurred_at) VALUES (1, 'give', 5, 99999, 'forged', 'x', 0, 0)
            """)) { error in XCTAssertTrue(String(describing: error).contains("does not continue"), "\(error)") }
    }

    func testAnEntryWithoutTheMomentItHappenedIsRefused() throws {
        let shop = try busyShop()
        let balance = try shop.store.balance("zoe@example.com")
        XCTAssertThrowsError(try shop.store.db.run("""
            INSERT INTO ledger(member_id, kind, delta, balance_after, reason, actor, created_at) VALUES (1, 'give', 5, \(balance + 5), 'undated', 'x', 0)
            """)) { error in XCTAssertTrue(String(describing: error).contains("needs the moment it happened"), "\(error)") }
    }

    func testTheMomentAnEntryHappenedCannotBeChanged() throws {
        let shop = try busyShop()
        XCTAssertThrowsError(try shop.store.db.run("UPDATE ledger SET occurred_at = occurred_at - 86400"))
    }

    func testTheSchemaRefusesImpossibleEntries() throws {
        let shop = try busyShop()
        let balance = try shop.store.balance("zoe@example.com")
        // an earning with a negative delta, a reversal pointing nowhere, an expiry without a lot
        for (kind, delta, reverses, lot) in [("earn", -5, "NULL", "NULL"), ("reverse", -5, "NULL", "NULL"), ("expire", -5, "NULL", "NULL"), ("give", 0, "NULL", "NULL")] {
            XCTAssertThrowsError(try shop.store.db.run("""
                INSERT INTO ledger(member_id, kind, delta, balance_after, reason, actor, created_at, reverses_id, lot_id)
                VALUES (1, '\(kind)', \(delta), \(balance + Int64(delta)), 'forged', 'x', 0, \(reverses), \(lot))
                """), kind)
        }
    }

    func testAFreshStoreAndABusyStorePassTheCheck() throws {
        XCTAssertEqual(try Store.inMemory().check(), [])
        XCTAssertEqual(try busyShop().store.check(), [])
    }

    func testATamperedBalanceIsReportedNamingTheMember() throws {
        let shop = try busyShop()
        try shop.store.db.run("UPDATE members SET balance = balance + 7 WHERE email = 'ann@example.com'")
        let problems = try shop.store.check()
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains("member 2 (ann@example.com): balance is 17 but the ledger adds up to 10"), problems[0])
    }

    func testATamperedLotIsReportedNamingTheMember() throws {
        let shop = try busyShop()
        try shop.store.db.run("UPDATE lots SET remaining = remaining - 1 WHERE member_id = 1 AND remaining > 0")
        let problems = try shop.store.check()
        XCTAssertFalse(problems.isEmpty)
        XCTAssertTrue(problems.allSatisfy { $0.contains("member 1 (zoe@example.com): lot of entry") }, "\(problems)")
    }

    func testTamperedLifetimeTotalsAreReported() throws {
        let shop = try busyShop()
        try shop.store.db.run("UPDATE members SET earned_total = 1, redeemed_total = 2 WHERE id = 1")
        let problems = try shop.store.check()
        XCTAssertTrue(problems.contains { $0.contains("member 1 (zoe@example.com): lifetime earned is 1") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("member 1 (zoe@example.com): redeemed is 2") }, "\(problems)")
    }

    func testTamperedRunningTotalsAndCountsAreReported() throws {
        let shop = try busyShop()
        try shop.store.db.run("UPDATE point_totals SET gained = gained + 1 WHERE kind = 'earn'")
        try shop.store.db.run("UPDATE member_counts SET count = count + 1")
        try shop.store.db.run("UPDATE daily_points SET issued = issued + 1")
        let problems = try shop.store.check()
        XCTAssertTrue(problems.contains { $0.hasPrefix("running total for earn") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("member count for member") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("daily figures for day") }, "\(problems)")
    }

    func testATamperedCouponIsReported() throws {
        let shop = try busyShop()
        try shop.store.db.run("UPDATE coupons SET points = points + 1")
        let problems = try shop.store.check()
        XCTAssertTrue(problems.contains { $0.contains("does not match the redemption entry") }, "\(problems)")
    }

    func testARefusedOperationLeavesNoTrace() throws {
        let shop = try busyShop()
        let before = try shop.store.db.scalar("SELECT count(*) FROM ledger")
        let stats = try shop.store.statistics()
        XCTAssertThrowsError(try shop.store.write(.programme) { tx -> Void in
            _ = try tx.give(email: "zoe@example.com", points: 500, reason: "half a change")
            throw StopMidway()
        })
        XCTAssertEqual(try shop.store.db.scalar("SELECT count(*) FROM ledger"), before)
        XCTAssertEqual(try shop.store.statistics(), stats)
        try shop.assertConsistent()
    }

    func testTheDatabaseIsConfiguredForSafety() throws {
        let shop = try busyShop()
        XCTAssertEqual(try shop.store.db.scalar("PRAGMA foreign_keys"), 1)
        XCTAssertEqual(try shop.store.db.scalar("PRAGMA synchronous"), 2, "FULL")
        XCTAssertEqual(try shop.store.db.scalar("PRAGMA busy_timeout"), 5000)
        let strict = try shop.store.db.all("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'") { $0.text(0) }
        XCTAssertEqual(strict, [], "every table is STRICT")
    }
}

/// An error a test throws to stop a transaction midway.
private struct StopMidway: Error {}
