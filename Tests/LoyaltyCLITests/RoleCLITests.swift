import Foundation
import XCTest

/// Who may do what, through the real binary. The tests run as root, which may act as any user
/// with `--as` (as with sudo -u), so each role is tried without creating OS accounts.
final class RoleCLITests: XCTestCase {
    /// A launched programme (created by this OS account, its owner) with sam as staff and vic as viewer.
    private func programme() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("user", "add", "sam", "--role", "staff")
        try cli.ok("user", "add", "vic", "--role", "viewer")
        try cli.ok("points", "give", "zoe@example.com", "300", "--reason", "opening gift")
        return cli
    }

    /// One command of each kind of change, and whether it is a programme change.
    private let changes: [(arguments: [String], programme: Bool)] = [
        (["points", "give", "zoe@example.com", "5", "--reason", "till"], false),
        (["points", "remove", "zoe@example.com", "5", "--reason", "return"], false),
        (["points", "set", "zoe@example.com", "250", "--reason", "recount"], false),
        (["redeem", "zoe@example.com", "--reward", "1"], false),
        (["member", "add", "--email", "ann@example.com"], false),
        (["member", "set-status", "zoe@example.com", "pending"], false),
        (["event", "order", "--email", "zoe@example.com", "--order", "77", "--subtotal", "10.00", "--paid"], false),
        (["program", "set", "--name", "Café Zoë Plus"], true),
        (["program", "pause"], true),
        (["rule", "add", "review", "--points", "5"], true),
        (["reward", "add", "--name", "Free cake", "--cost", "250", "--free-product", "CAKE"], true),
        (["tier", "add", "--name", "Gold", "--threshold", "1000"], true),
        (["email", "enable", "welcome"], true),
        (["user", "add", "newbie", "--role", "staff"], true),
        (["daily"], true),
    ]

    /// The programme, built once per test and copied for each attempt (every process has closed it,
    /// so the file alone holds everything).
    private var built: CLIRunner?

    private func template() throws -> CLIRunner {
        if let built { return built }
        let cli = try programme()
        built = cli
        return cli
    }

    private func attempt(_ arguments: [String], as user: String) throws -> RunResult {
        let cli = try CLIRunner()
        try FileManager.default.copyItem(atPath: try template().database, toPath: cli.database)
        let before = try cli.ok("audit", "--json")
        let result = try cli.runRaw(["--db", cli.database, "--as", user] + arguments)
        if result.status != 0 { XCTAssertEqual(try cli.ok("audit", "--json"), before, "a refused \(arguments.joined(separator: " ")) changed nothing") }
        return result
    }

    func testStaffChangeMembersAndPointsButNotTheProgramme() throws {
        for change in changes {
            let result = try attempt(change.arguments, as: "sam")
            let command = change.arguments.joined(separator: " ")
            if change.programme {
                XCTAssertEqual(result.status, 1, command)
                XCTAssertEqual(result.err, "loyalty: sam is staff: staff change members and points, not the programme; ask an owner (`loyalty user list` names them)\n", command)
            } else {
                XCTAssertEqual(result.status, 0, "\(command): \(result.err)")
            }
        }
    }

    func testAViewerMayLookButChangeNothing() throws {
        for change in changes {
            let result = try attempt(change.arguments, as: "vic")
            XCTAssertEqual(result.status, 1, change.arguments.joined(separator: " "))
            XCTAssertEqual(result.err, "loyalty: vic is a viewer and may only look; an owner can change that with `loyalty user role vic staff`\n")
        }
        let cli = try programme()
        let shown = try cli.runRaw(["--db", cli.database, "--as", "vic", "member", "show", "zoe@example.com"])
        XCTAssertEqual(shown.status, 0, shown.err)
        XCTAssertTrue(shown.out.contains("300"), shown.out)
    }

    func testTheOwnerMayDoEverything() throws {
        for change in changes {
            let result = try attempt(change.arguments, as: NSUserName())
            XCTAssertEqual(result.status, 0, "\(change.arguments.joined(separator: " ")): \(result.err)")
        }
    }

    func testSomeoneWhoIsNotAUserIsToldHowToBeAdded() throws {
        let cli = try programme()
        let result = try cli.runRaw(["--db", cli.database, "--as", "mallory", "member", "list"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.err, "loyalty: mallory is not a user of this programme; an owner can add them with `loyalty user add mallory --role staff` (or owner, viewer)\n")
    }

    func testTheAuditCommandListsChangesNewestFirstWithBeforeAndAfter() throws {
        let cli = try programme()
        try cli.ok("--as", "sam", "points", "set", "zoe@example.com", "120", "--reason", "old card")
        let lines = try XCTUnwrap(try cli.json("audit", "--limit", "2") as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["action"] as? String }, ["points.set", "points.give"])
        XCTAssertEqual(lines[0]["actor"] as? String, "sam")
        XCTAssertEqual(lines[0]["before"] as? String, "balance: 300")
        XCTAssertEqual(lines[0]["after"] as? String, "balance: 120")
        XCTAssertEqual(lines[0]["reason"] as? String, "old card")
        let text = try cli.ok("audit", "--actor", "sam")
        XCTAssertTrue(text.contains("balance: 300 → balance: 120"), text)
        XCTAssertFalse(text.contains("Points given"), "only sam's changes: \(text)")
    }

    func testUsersAreListedAndTheLastOwnerStays() throws {
        let cli = try programme()
        let me = NSUserName()
        XCTAssertEqual(try cli.ok("user", "list"), """
            USER\(String(repeating: " ", count: max(4, me.count + 6) - 4))  ROLE
            \(me) (you)  owner
            sam\(String(repeating: " ", count: max(4, me.count + 6) - 3))  staff
            vic\(String(repeating: " ", count: max(4, me.count + 6) - 3))  viewer

            """)
        let refused = try cli.run("user", "remove", me)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("is the only owner"), refused.err)
    }
}
