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
