import XCTest

/// Help, usage errors and exit codes.
final class UsageTests: XCTestCase {
    func testNoCommandOpensTheDashboardOnlyOnATerminal() throws {
        let cli = try CLIRunner()
        let result = try cli.runRaw([])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("the dashboard needs a terminal"), result.err)
    }

    func testDemoTakesDraftOrNothing() throws {
        let cli = try CLIRunner()
        XCTAssertTrue(try cli.runRaw(["--help"]).out.contains("--demo [draft]"))
        let draft = try cli.runRaw(["--demo", "draft"])
        XCTAssertEqual(draft.status, 1, "draft is --demo's word, not a command")
        XCTAssertTrue(draft.err.contains("the dashboard needs a terminal"), draft.err)
        let wrong = try cli.runRaw(["--demo=launched"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.err.contains("--demo takes nothing or one of: draft (got \"launched\")"), wrong.err)
    }

    func testHelpListsEveryCommand() throws {
        let cli = try CLIRunner()
        let result = try cli.runRaw(["--help"])
        XCTAssertEqual(result.status, 0)
        for command in ["init", "program", "rule", "reward", "tier", "campaign", "email", "member", "points", "event", "refund",
                        "redeem", "coupon", "stats", "expire", "check", "demo"] {
            XCTAssertTrue(result.out.contains("\n  \(command) "), "help lacks \(command)")
        }
    }

    func testEveryCommandHasHelpWithUsageAndAnExample() throws {
        let cli = try CLIRunner()
        let root = try cli.runRaw(["--help"]).out
        let groups = root.components(separatedBy: "Commands:\n")[1].components(separatedBy: "\n\n")[0]
            .split(separator: "\n").filter { !$0.hasPrefix("   ") }.map { String($0.split(separator: " ")[0]) }
        for group in groups {
            let help = try cli.runRaw([group, "--help"])
            XCTAssertEqual(help.status, 0, group)
            XCTAssertTrue(help.out.contains("usage: loyalty \(group)"), help.out)
            let subcommands = help.out.components(separatedBy: "Commands:\n").dropFirst().first?.components(separatedBy: "\n\n")[0]
                .split(separator: "\n").filter { !$0.hasPrefix("   ") }.map { String($0.split(separator: " ")[0]) } ?? []
            for command in subcommands.isEmpty ? [[group]] : subcommands.map({ [group, $0] }) {
                let text = try cli.runRaw(command + ["--help"])
                XCTAssertEqual(text.status, 0, "\(command)")
                XCTAssertTrue(text.out.contains("usage: loyalty \(command.joined(separator: " "))"), text.out)
                XCTAssertTrue(text.out.contains("Example"), "\(command) has no example")
            }
        }
    }

    func testUsageErrorsExit2AndShowTheUsage() throws {
        let cli = try CLIRunner.launched()
        let cases: [([String], String)] = [
            (["rule", "add"], "missing KIND"),
            (["rule", "frobnicate"], "'frobnicate' is not a command of 'loyalty rule'"),
            (["rule", "list", "--bogus"], "unknown option --bogus"),
            (["points", "give", "zoe@example.com", "ten", "--reason", "x"], "N \"ten\" is not a whole number"),
            (["member", "show", "a@b.nl", "extra"], "unexpected argument 'extra'"),
            (["rule", "add", "order", "--points"], "--points needs a value"),
            (["rule"], "needs a command"),
        ]
        for (arguments, message) in cases {
            let result = try cli.runRaw(["--db", cli.database] + arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix("loyalty: "), result.err)
            XCTAssertTrue(result.err.contains(message), "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.contains("usage: loyalty"), result.err)
            XCTAssertEqual(result.out, "")
        }
    }

    func testOptionsTakeEqualsAndDoubleDashEndsThem() throws {
        let cli = try CLIRunner.launched()
        XCTAssertTrue(try cli.ok("points", "give", "--reason=Gift", "--", "zoe@example.com", "5").contains("0 → 5"))
    }

    func testAMissingDatabaseIsRefusedNotCreated() throws {
        let cli = try CLIRunner()
        let result = try cli.run("stats")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("loyalty init"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.database))
    }
}
