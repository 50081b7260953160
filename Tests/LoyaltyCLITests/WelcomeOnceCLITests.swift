import Foundation
import XCTest

/// A demo member set to visitor and back with `member set-status` is not welcomed again: they
/// joined months ago, and the demo's outbox holds that welcome.
final class WelcomeOnceCLITests: XCTestCase {
    func testADemoMemberSetToVisitorAndBackGetsNoSecondWelcome() throws {
        let cli = try CLIRunner()
        try cli.ok("demo", "--members", "30")
        let members = try XCTUnwrap(try cli.json("member", "list", "--limit", "30") as? [[String: Any]])
        let email = try XCTUnwrap(members.first { $0["status"] as? String == "member" }?["email"] as? String)
        let before = try XCTUnwrap(try cli.json("mail", "list", "--member", email) as? [[String: Any]])
        XCTAssertEqual(before.filter { $0["trigger"] as? String == "welcome" }.map { $0["status"] as? String }, ["sent"])
        try cli.ok("member", "set-status", email, "visitor")
        try cli.ok("member", "set-status", email, "member")
        let after = try XCTUnwrap(try cli.json("mail", "list", "--member", email) as? [[String: Any]])
        XCTAssertEqual(after.filter { $0["trigger"] as? String == "welcome" }.count, 1, "\(after)")
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }
}
