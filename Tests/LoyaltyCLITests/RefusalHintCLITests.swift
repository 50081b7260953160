import Foundation
import XCTest

/// The command line words the store's typed refusals with hints that name the command to run next;
/// a reward or way to earn that is not there is refused by the store's one lookup.
final class RefusalHintCLITests: XCTestCase {
    func testAMissingRewardIsRefusedWithTheCommandThatListsThem() throws {
        let cli = try CLIRunner.launched()
        let missing = try cli.run("reward", "edit", "99", "--cost", "120")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "loyalty: no reward with id 99; `loyalty reward list` shows them\n")
    }

    func testAMissingWayToEarnIsRefusedWithTheCommandThatListsThem() throws {
        let cli = try CLIRunner.launched()
        let byID = try cli.run("rule", "edit", "42", "--points", "5")
        XCTAssertEqual(byID.status, 1)
        XCTAssertEqual(byID.err, "loyalty: no way to earn with id 42; `loyalty rule list` shows them\n")
        let byKind = try cli.run("campaign", "add", "--name", "Bookings", "--multiplier", "2x", "--rules", "booking",
                                 "--from", "2026-12-01", "--to", "2026-12-31")
        XCTAssertEqual(byKind.status, 1)
        XCTAssertEqual(byKind.err, "loyalty: there is no booking way to earn; `loyalty rule list` shows them\n")
    }

    func testSeveralCustomActionsAreNamedByIDNotByKind() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("rule", "add", "custom", "--name", "Visit the shop", "--points", "5")
        try cli.ok("rule", "add", "custom", "--name", "Share a photo", "--points", "5")
        let several = try cli.run("campaign", "add", "--name", "Actions", "--multiplier", "2x", "--rules", "custom",
                                  "--from", "2026-12-01", "--to", "2026-12-31")
        XCTAssertEqual(several.status, 1)
        XCTAssertEqual(several.err, "loyalty: several custom ways to earn exist; name them by id (`loyalty rule list`)\n")
    }

    func testAMissingMemberEmailIsRefusedWithTheCommandThatSearches() throws {
        let cli = try CLIRunner.launched()
        let missing = try cli.run("points", "give", "nobody@example.com", "5", "--reason", "till")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "loyalty: no member with e-mail nobody@example.com; `loyalty member find TEXT` searches by name or e-mail\n")
    }

    func testANegativeOrderAmountIsRefusedWithTheCommandForRefunds() throws {
        let cli = try CLIRunner.launched()
        let negative = try cli.run("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "-5.00", "--paid")
        XCTAssertEqual(negative.status, 1)
        XCTAssertEqual(negative.err, "loyalty: an amount cannot be negative (got -5.00); record refunds with `loyalty refund`\n")
    }

    func testADemoIntoAProgrammesDatabaseIsRefusedWithTheOptionForAnotherFile() throws {
        let cli = try CLIRunner.launched()
        let demo = try cli.run("demo")
        XCTAssertEqual(demo.status, 1)
        XCTAssertEqual(demo.err, "loyalty: a demo needs a new, empty database; this one already holds a programme (use another --db path)\n")
    }
}
