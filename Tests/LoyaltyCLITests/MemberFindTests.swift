import XCTest

/// `loyalty member find`: the same search as the dashboard's `/`.
final class MemberFindTests: XCTestCase {
    func testFindListsMembersWithTheTextInsideTheirNameOrEmail() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--name", "Joanna Smith", "--email", "jo@bakkerij.nl")
        try cli.ok("member", "add", "--name", "Piet Berg", "--email", "piet@example.com")
        let found = try XCTUnwrap(try cli.json("member", "find", "akker") as? [[String: Any]])
        XCTAssertEqual(found.map { $0["name"] as? String }, ["Joanna Smith"])
        XCTAssertTrue(try cli.ok("member", "find", "mit").contains("Joanna Smith"))
        XCTAssertTrue(try cli.ok("member", "find", "'; DROP TABLE members; --").contains("No members found."))
        XCTAssertTrue(try cli.ok("member", "find", "Berg").contains("Piet Berg"), "the members are all still there")
    }
}

/// `member set-status --from-file` and `--all-visitors`: the count, --dry-run, and a bad line named by file and line.
final class BulkStatusCLITests: XCTestCase {
    func testAFileOfAddressesIsCheckedWholeThenAppliedWithTheCount() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--email", "ana@example.com", "--status", "visitor")
        try cli.ok("member", "add", "--email", "bo@example.com", "--status", "visitor")
        let file = cli.directory.appendingPathComponent("joined.txt").path
        try "# joined at the till\nana@example.com\n\nbo@exmaple.com\nnot-an-address\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try cli.run("member", "set-status", "--from-file", file, "member")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("\(file):4: \"bo@exmaple.com\" is no one in the programme"), refused.err)
        XCTAssertTrue(refused.err.contains("\(file):5: \"not-an-address\" is not an e-mail address"), refused.err)
        XCTAssertTrue(refused.err.contains("2 lines name no one; nothing was changed"), refused.err)
        XCTAssertEqual((try cli.json("member", "show", "ana@example.com") as? [String: Any])?["status"] as? String, "visitor")

        try "ana@example.com\nbo@example.com\nzoe@example.com\n".write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try cli.ok("member", "set-status", "--from-file", file, "member", "--dry-run"),
                       "Would make 2 people members (3 selected, 1 already a member); nothing was changed.\n")
        XCTAssertEqual((try cli.json("member", "show", "ana@example.com") as? [String: Any])?["status"] as? String, "visitor")
        XCTAssertEqual(try cli.ok("member", "set-status", "--from-file", file, "member"), "Made 2 people members (3 selected, 1 already a member).\n")
        XCTAssertEqual((try cli.json("member", "show", "bo@example.com") as? [String: Any])?["status"] as? String, "member")
    }

    func testAllVisitorsBecomeMembers() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--email", "ana@example.com", "--status", "visitor")
        XCTAssertEqual(try cli.ok("member", "set-status", "--all-visitors", "member"), "Made 1 person a member (1 selected, 0 already members).\n")
        XCTAssertEqual(try cli.run("member", "set-status", "--all-visitors", "zoe@example.com", "member").status, 2)
    }
}

/// `member list --status --tier --sort`, a page at a time with --after.
final class MemberListCLITests: XCTestCase {
    func testTheListIsFilteredSortedAndPagedByTheLastRow() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("tier", "add", "--name", "Gold", "--threshold", "500")
        for (email, points, status) in [("ana@example.com", "600", "member"), ("bo@example.com", "50", "member"), ("cy@example.com", "900", "visitor"),
                                        ("di@example.com", "700", "member")] {
            try cli.ok("member", "add", "--email", email, "--status", status)
            try cli.ok("points", "give", email, points, "--reason", "test")
        }
        func emails(_ arguments: String...) throws -> [String] {
            let output = try cli.runRaw(["--db", cli.database, "member", "list"] + arguments + ["--json"])
            XCTAssertEqual(output.status, 0, output.err)
            return (try JSONSerialization.jsonObject(with: Data(output.out.utf8)) as? [[String: Any]] ?? []).compactMap { $0["email"] as? String }
        }
        XCTAssertEqual(try emails("--sort", "balance"), ["cy@example.com", "di@example.com", "ana@example.com", "bo@example.com", "zoe@example.com"])
        XCTAssertEqual(try emails("--status", "member", "--tier", "Gold", "--sort", "balance"), ["di@example.com", "ana@example.com"])
        XCTAssertEqual(try emails("--status", "member", "--sort", "balance", "--limit", "2"), ["di@example.com", "ana@example.com"])
        XCTAssertEqual(try emails("--status", "member", "--sort", "balance", "--limit", "2", "--after", "ana@example.com"), ["bo@example.com", "zoe@example.com"])
        XCTAssertEqual(try emails("--sort", "activity", "--limit", "1"), ["di@example.com"], "the last one given points")
        let table = try cli.ok("member", "list", "--sort", "activity", "--status", "visitor")
        XCTAssertTrue(table.hasPrefix("NAME"), table)
        XCTAssertTrue(table.contains("LAST ACTIVITY"), table)
        XCTAssertEqual(try cli.run("member", "list", "--tier", "Platinum").status, 1)
        XCTAssertEqual(try cli.run("member", "list", "--sort", "size").status, 2)
    }
}
