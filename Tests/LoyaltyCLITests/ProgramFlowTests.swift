import XCTest

/// Setting up and launching a programme from the command line, as a shop owner would.
final class ProgramFlowTests: XCTestCase {
    func testLaunchIsRefusedWithEveryReasonUntilTheProgrammeIsReady() throws {
        let cli = try CLIRunner()
        XCTAssertTrue(try cli.ok("init").contains("Created"))

        let refused = try cli.run("program", "launch")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.hasPrefix("loyalty: the programme cannot launch yet"))
        XCTAssertTrue(refused.err.contains("no name"), refused.err)
        XCTAssertTrue(refused.err.contains("No way to earn is active"), refused.err)
        XCTAssertTrue(refused.err.contains("No reward is active"), refused.err)

        try cli.ok("program", "set", "--name", "Café Zoë", "--points-name", "Stars")
        try cli.ok("rule", "add", "order", "--points", "10", "--per", "1")
        let stillRefused = try cli.run("program", "launch")
        XCTAssertEqual(stillRefused.status, 1)
        XCTAssertFalse(stillRefused.err.contains("No way to earn"), stillRefused.err)
        XCTAssertTrue(stillRefused.err.contains("No reward is active"), stillRefused.err)

        try cli.ok("reward", "add", "--name", "€5 off", "--cost", "100", "--amount-off", "5")
        XCTAssertTrue(try cli.ok("program", "launch").contains("is launched"))
        let program = try XCTUnwrap(try cli.json("program", "show") as? [String: Any])
        XCTAssertEqual(program["status"] as? String, "active")
        XCTAssertEqual(program["points_name"] as? String, "Stars")
        XCTAssertEqual(program["launch_problems"] as? [String], [])
    }

    func testInitRefusesADatabaseThatAlreadyHoldsANamedProgramme() throws {
        let cli = try CLIRunner()
        try cli.ok("init", "--name", "Café Zoë")
        let again = try cli.run("init", "--name", "Other")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("already holds the programme \"Café Zoë\""), again.err)
    }

    func testDisablingTheLastWayToEarnPausesTheProgrammeAndSaysSo() throws {
        let cli = try CLIRunner.launched()
        XCTAssertTrue(try cli.ok("rule", "disable", "1").contains("the programme is now paused"))
        let program = try XCTUnwrap(try cli.json("program", "show") as? [String: Any])
        XCTAssertEqual(program["status"] as? String, "paused")
    }

    func testASecondFlexibleRewardIsRefused() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--flexible", "--name", "Pay with points", "--points", "100", "--value", "1", "--max-discount-percent", "50")
        let second = try cli.run("reward", "add", "--flexible", "--name", "Again", "--points", "50", "--value", "1")
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.err.contains("already a flexible reward"), second.err)
    }

    func testCheckPassesAfterEverydayWork() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "20.00", "--paid")
        try cli.ok("points", "give", "zoe@example.com", "30", "--reason", "Welcome gift")
        try cli.ok("redeem", "zoe@example.com", "--reward", "1")
        try cli.ok("expire")
        let check = try cli.run("check")
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.hasPrefix("ok: "), check.out)
    }

    func testExpirySaysItAppliesToPointsEarnedFromThenOn() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("program", "set", "--expiry-months", "12")
        XCTAssertTrue(try cli.ok("program", "show").contains("12 months after earning"))
        // Help is wrapped at 80 columns: read it as running text.
        let help = try cli.ok("program", "set", "--help").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(help.contains("applies to points earned from now on"), help)
    }

    func testACampaignsLastDayIsIncludedAsInTheDashboardsForm() throws {
        let cli = try CLIRunner.launched()
        XCTAssertEqual(try cli.ok("campaign", "add", "--name", "December", "--multiplier", "2x", "--rules", "order", "--from", "2026-12-01", "--to", "2026-12-31"),
                       "Added campaign 1: December, 2x from 2026-12-01 to 2026-12-31 (last day included).\n")
        let stored = try XCTUnwrap((try cli.json("campaign", "list") as? [[String: Any]])?.first?["to"] as? String)
        XCTAssertTrue(stored.hasPrefix("2027-01-01T00:00:00"), "it runs through 2026-12-31 and stops when 2027 begins: \(stored)")
        let list = try cli.ok("campaign", "list")
        XCTAssertTrue(list.contains("TO (LAST DAY)") && list.contains("2026-12-01  2026-12-31"), list)
        XCTAssertEqual(try cli.ok("campaign", "edit", "1", "--to", "2026-12-31 18:00"),
                       "Campaign 1 changed: December, 2x from 2026-12-01 until 2026-12-31 18:00.\n")
        XCTAssertTrue(try cli.ok("campaign", "list").contains("until 2026-12-31 18:00"))
    }

    func testACampaignIsEditedFromTheCommandLine() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("campaign", "add", "--name", "Double December", "--multiplier", "2x", "--rules", "order", "--from", "2026-12-01", "--to", "2026-12-31")
        XCTAssertEqual(try cli.ok("campaign", "edit", "1", "--to", "2027-01-07", "--multiplier", "3x"),
                       "Campaign 1 changed: Double December, 3x from 2026-12-01 to 2027-01-07 (last day included).\n")
        let listed = try XCTUnwrap((try cli.json("campaign", "list") as? [[String: Any]])?.first)
        XCTAssertEqual(listed["multiplier"] as? String, "3x")
        XCTAssertEqual(listed["name"] as? String, "Double December", "what was not given stays")
        let nothing = try cli.run("campaign", "edit", "1")
        XCTAssertEqual(nothing.status, 2)
        XCTAssertTrue(nothing.err.contains("say what to change, e.g. --to 2027-01-07"), nothing.err)
        let unknown = try cli.run("campaign", "edit", "7", "--multiplier", "2x")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.err.contains("no campaign with id 7; `loyalty campaign list` shows them"), unknown.err)
    }

    func testEveryReadCommandPrintsJSON() throws {
        let cli = try CLIRunner.launched()
        for command in [["program", "show"], ["rule", "list"], ["reward", "list"], ["tier", "list"], ["campaign", "list"], ["email", "list"],
                        ["member", "find", "zo"], ["member", "show", "zoe@example.com"], ["member", "activity", "zoe@example.com"],
                        ["coupon", "list"], ["stats"], ["check"]] {
            let result = try cli.runRaw(["--db", cli.database] + command + ["--json"])
            XCTAssertEqual(result.status, 0, "\(command): \(result.err)")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(result.out.utf8)), "\(command) printed \(result.out)")
        }
    }
}
