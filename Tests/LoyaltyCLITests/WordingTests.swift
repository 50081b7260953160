import Foundation
import XCTest

/// Numbers read as English with the programme's own points name: "1 Star", "is now pending".
final class WordingTests: XCTestCase {
    func testOneStarPerEuroAndAStatusReadAsEnglish() throws {
        let cli = try CLIRunner.launched()
        let rule = try cli.ok("rule", "add", "review", "--points", "1")
        XCTAssertTrue(rule.contains("1 Star."), rule)
        let rate = try cli.ok("rule", "add", "booking", "--points", "1", "--per", "1")
        XCTAssertTrue(rate.contains("1 Star per 1.00 EUR"), rate)
        XCTAssertTrue(try cli.ok("rule", "list").contains("1 Star per 1.00 EUR"))
        let pending = try cli.ok("member", "set-status", "zoe@example.com", "pending")
        XCTAssertTrue(pending.contains("zoe@example.com is now pending; balance 0 Stars."), pending)
        let member = try cli.ok("member", "set-status", "zoe@example.com", "member")
        XCTAssertTrue(member.contains("zoe@example.com is now a member;"), member)
        XCTAssertTrue(try cli.ok("points", "give", "zoe@example.com", "1", "--reason", "till").contains("→ 1 Star"))
    }

    func testTheDailyJobCountsBirthdayPointsInTheProgrammesPoints() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("rule", "add", "birthday", "--points", "50")
        let today = DateFormatter()
        today.dateFormat = "MM-dd"
        try cli.ok("member", "add", "--name", "Ann", "--email", "ann@example.com", "--birthday", today.string(from: Date()))
        let out = try cli.ok("daily")
        XCTAssertTrue(out.contains("Expired 0 Stars in 0 lots; 0 members changed tier."), out)
        XCTAssertTrue(out.contains("birthday Stars for 1 member (50 Stars)."), out)
    }
}

final class EarningWordingTests: XCTestCase {
    func testOneStarEarnedAndOneStarHeld() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("rule", "add", "review", "--points", "1")
        let earned = try cli.ok("event", "review", "--email", "zoe@example.com", "--id", "r1")
        XCTAssertTrue(earned.contains("earned 1 Star. zoe@example.com has 1 Star."), earned)
        let refused = try cli.run("points", "remove", "zoe@example.com", "5", "--reason", "mistake")
        XCTAssertTrue(refused.err.contains("zoe@example.com has 1 Star; cannot remove 5"), refused.err)
        let same = try cli.run("points", "set", "zoe@example.com", "1", "--reason", "recount")
        XCTAssertTrue(same.err.contains("already has 1 Star; nothing to change"), same.err)
    }

    func testAnImportOfOneRowSaysOneRow() throws {
        let cli = try CLIRunner.launched()
        let file = cli.directory.appendingPathComponent("one.csv")
        try "kind,email,external_id,amount,currency,occurred_at\norder,zoe@example.com,A-1,0.10,EUR,2026-03-01\n".write(to: file, atomically: true, encoding: .utf8)
        let out = try cli.ok("import", "events", file.path)
        XCTAssertTrue(out.contains(": 1 row read."), out)
    }

    func testTheFlexibleRewardWithoutAnOrderTotalNamesTheOption() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--name", "Money off", "--flexible", "--points", "100", "--value", "1")
        try cli.ok("points", "give", "zoe@example.com", "500", "--reason", "till")
        let refused = try cli.run("redeem", "zoe@example.com", "--reward", "2")
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("--order-total is required for the flexible reward"), refused.err)
        XCTAssertTrue(try cli.ok("redeem", "zoe@example.com", "--reward", "2", "--order-total", "3.00").count == 13)
    }
}
