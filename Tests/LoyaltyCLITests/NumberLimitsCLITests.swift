import Foundation
import XCTest

/// The built binary with numbers at and beyond the documented limits: a refusal that names the
/// option and the limit (exit 1 or 2), never a crash (a Swift trap ends the process with signal 4).
final class NumberLimitsCLITests: XCTestCase {
    /// `launched()` with the flexible reward "100 Stars = 1.00 EUR", capped at 100 % of the order.
    private func withFlexibleReward() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--flexible", "--name", "Pay with points", "--points", "100", "--value", "1", "--max-discount-percent", "100")
        return cli
    }

    func testRedeemingAgainstAnOrderTotalAboveTheMaximumIsRefusedNotACrash() throws {
        let cli = try withFlexibleReward()
        try cli.ok("points", "give", "zoe@example.com", "999999999", "--reason", "Old card")
        let huge = try cli.run("redeem", "zoe@example.com", "--reward", "2", "--order-total", "999999999999999.99")
        XCTAssertEqual(huge.status, 2, huge.err)
        XCTAssertTrue(huge.err.hasPrefix("loyalty: --order-total \"999999999999999.99\" is too large an amount; at most €10,000,000,000.00"), huge.err)
        let largest = try cli.run("redeem", "zoe@example.com", "--reward", "2", "--order-total", "10000000000.00")
        XCTAssertEqual(largest.status, 0, largest.err)
        XCTAssertTrue(largest.err.contains("€9,999,999.99 off for 999999999 Stars"), largest.err)
    }

    func testAChangeOrBalanceAboveTheMaximumIsRefusedWithTheLimit() throws {
        let cli = try CLIRunner.launched()
        let give = try cli.run("points", "give", "zoe@example.com", "1000000000000000", "--reason", "x")
        XCTAssertEqual(give.status, 1)
        XCTAssertEqual(give.err, "loyalty: a single change may move a balance by at most 1,000,000,000 points (this one moves 1,000,000,000,000,000); split it into smaller changes\n")
        let set = try cli.run("points", "set", "zoe@example.com", "1000000000001", "--reason", "x")
        XCTAssertEqual(set.status, 1)
        XCTAssertEqual(set.err, "loyalty: a balance may be at most 1,000,000,000,000 points (got 1,000,000,000,001)\n")
        XCTAssertTrue(try cli.ok("points", "give", "zoe@example.com", "1000000000", "--reason", "x").contains("0 → 1000000000 Stars"))
    }

    func testRulesRewardsAndEventsRefuseNumbersAboveTheLimits() throws {
        let cli = try CLIRunner.launched()
        let rule = try cli.run("rule", "add", "review", "--points", "1000000001")
        XCTAssertEqual(rule.status, 1)
        XCTAssertTrue(rule.err.contains("a rule's points may be at most 1,000,000,000 points (got 1,000,000,001)"), rule.err)
        let rate = try cli.run("reward", "add", "--flexible", "--name", "Pay", "--points", "1000001", "--value", "1")
        XCTAssertEqual(rate.status, 1)
        XCTAssertTrue(rate.err.contains("the points side of a flexible reward's rate may be at most 1,000,000 points (got 1,000,001)"), rate.err)
        let order = try cli.run("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "10000000000.01", "--paid")
        XCTAssertEqual(order.status, 2)
        XCTAssertTrue(order.err.hasPrefix("loyalty: --subtotal \"10000000000.01\" is too large an amount; at most €10,000,000,000.00"), order.err)
        let earned = try cli.run("event", "order", "--email", "zoe@example.com", "--order", "2", "--subtotal", "10000000000.00", "--paid")
        XCTAssertEqual(earned.status, 1, "10 Stars per euro on ten billion euros is more than one change may give")
        XCTAssertEqual(earned.err, "loyalty: this event would earn 100,000,000,000 Stars, more than one change may give (1,000,000,000); check the amount and the way to earn\n")
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }

    func testAReusedIdShowsTheEarlierAmountAsMoney() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "10.00", "--paid")
        let reused = try cli.run("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "12.00", "--paid")
        XCTAssertEqual(reused.status, 1)
        XCTAssertTrue(reused.err.contains("amount=10.00 EUR"), reused.err)
        XCTAssertFalse(reused.err.contains("amount=1000"), reused.err)
        try cli.ok("refund", "--order", "1042", "--amount", "4.99", "--refund-id", "R1")
        let refund = try cli.run("refund", "--order", "1042", "--amount", "5.00", "--refund-id", "R1")
        XCTAssertEqual(refund.status, 1)
        XCTAssertTrue(refund.err.contains("(amount=4.99 EUR; now amount=5.00 EUR)"), refund.err)
    }

    func testARestoreOfABackupWithTotalsBeyondTheLimitsIsRefusedAndStatsStillWork() throws {
        let cli = try CLIRunner.launched()
        let backup = cli.directory.appendingPathComponent("edited.db").path
        try cli.ok("backup", backup)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [backup, "UPDATE point_totals SET gained = 9223372036854775000 WHERE kind = 'give'; UPDATE point_totals SET gained = 1000 WHERE kind = 'earn';"]
        try sqlite.run()
        sqlite.waitUntilExit()
        XCTAssertEqual(sqlite.terminationStatus, 0)
        let restore = try cli.run("restore", backup, "--yes")
        XCTAssertEqual(restore.status, 1, restore.err)
        XCTAssertTrue(restore.err.contains("holds a running total of 9,223,372,036,854,775,000 (row give), beyond Loyalty's limit of 1,000,000,000,000,000,000; nothing was restored"), restore.err)
        for command in [["stats"], ["check"], ["tier", "list"]] {
            let result = try cli.runRaw(["--db", cli.database] + command)
            XCTAssertEqual(result.status, 0, "\(command): \(result.err)")
        }
    }
}
