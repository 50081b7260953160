import Foundation
import XCTest

/// `loyalty program set --expiry-months N` while members hold points: the refusal without a
/// choice, `--dry-run`'s sentence with the database's figures, and the choice applied.
final class HeldPointsExpiryCLITests: XCTestCase {
    /// Zoë earned 1,000 Stars on 2025-01-10 (more than 12 months ago); Ann was given 1 Star now.
    func cliWithHeldPoints() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--name", "Ann", "--email", "ann@example.com")
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "100.00", "--paid", "--at", "2025-01-10")
        try cli.ok("points", "give", "ann@example.com", "1", "--reason", "Welcome gift")
        return cli
    }

    /// A day as the sentences write it, in this machine's time zone: "1 March 2027".
    func words(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }

    func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    func testWithoutAChoiceItIsRefusedNamingBothOptionsAndNothingChanges() throws {
        let cli = try cliWithHeldPoints()
        let refused = try cli.run("program", "set", "--expiry-months", "12", "--name", "Renamed")
        XCTAssertNotEqual(refused.status, 0)
        let message = refused.err.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for part in ["1,001 Stars are held by 2 members", "Nothing was changed", "--expiry-applies held", "--expiry-grace DATE", "--expiry-applies new", "--dry-run"] {
            XCTAssertTrue(message.contains(part), "\(part) in: \(message)")
        }
        let program = try XCTUnwrap(try cli.json("program", "show") as? [String: Any])
        XCTAssertTrue(program["expiry_months"] is NSNull, "\(program)")
        XCTAssertEqual(program["name"] as? String, "Café Zoë")
    }

    func testDryRunSaysWhatHappensWithTheRealFiguresAndChangesNothing() throws {
        let cli = try cliWithHeldPoints()
        let grace = Date().addingTimeInterval(100 * 86_400)
        let out = try cli.ok("program", "set", "--expiry-months", "12", "--expiry-applies", "held", "--expiry-grace", day(grace), "--dry-run")
        XCTAssertEqual(out, "1,001 Stars held by 2 members will start to expire on \(words(grace)), each 12 months after it was earned"
                       + " and none before \(words(grace)); Stars earned from now on expire 12 months after they are earned.\nNothing was changed (--dry-run).\n")
        let both = try cli.ok("program", "set", "--expiry-months", "6", "--dry-run")
        XCTAssertTrue(both.contains("With --expiry-applies held: 1,001 Stars held by 2 members will start to expire on \(words(Date()))"), both)
        XCTAssertTrue(both.contains("With --expiry-applies new: Stars held keep the expiry they have (or none): 1,001 Stars held by 2 members."), both)
        let program = try XCTUnwrap(try cli.json("program", "show") as? [String: Any])
        XCTAssertTrue(program["expiry_months"] is NSNull, "a dry run changes nothing: \(program)")
        XCTAssertEqual(try cli.ok("audit", "--json").contains("program.expiry"), false)
    }

    func testOneMemberIsSingularAndTheChoiceIsApplied() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("points", "give", "zoe@example.com", "1", "--reason", "Welcome gift")
        XCTAssertEqual(try cli.ok("program", "set", "--expiry-months", "1", "--expiry-applies", "new", "--dry-run"),
                       "Stars held keep the expiry they have (or none): 1 Star held by 1 member. Only Stars earned from now on expire 1 month after they are earned.\nNothing was changed (--dry-run).\n")
        try cli.ok("program", "set", "--expiry-months", "1", "--expiry-applies", "held")
        XCTAssertTrue(try cli.ok("program", "show").contains("1 month after earning"))
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }

    func testAGraceDateInThePastOrWithNewPointsIsRefused() throws {
        let cli = try cliWithHeldPoints()
        let past = try cli.run("program", "set", "--expiry-months", "12", "--expiry-grace", "2020-01-01")
        XCTAssertNotEqual(past.status, 0)
        XCTAssertTrue(past.err.contains("the grace date 1 January 2020 has passed; give today or a later day"), past.err)
        let withNew = try cli.run("program", "set", "--expiry-months", "12", "--expiry-applies", "new", "--expiry-grace", "2099-01-01")
        XCTAssertTrue(withNew.err.contains("--expiry-grace goes with --expiry-applies held"), withNew.err)
        let withoutMonths = try cli.run("program", "set", "--expiry-applies", "held")
        XCTAssertTrue(withoutMonths.err.contains("give --expiry-months N too"), withoutMonths.err)
    }

    func testHelpDescribesTheChoice() throws {
        let help = try CLIRunner().ok("program", "set", "--help").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for part in ["--expiry-applies held|new", "--expiry-grace DATE", "--dry-run", "never before today"] {
            XCTAssertTrue(help.contains(part), "\(part) in: \(help)")
        }
    }
}
