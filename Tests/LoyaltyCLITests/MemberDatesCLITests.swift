import Foundation
import XCTest

/// A member's joined date is their first order or sign-up, whichever happened first, and their last
/// activity the latest thing that happened: both by when it happened, not when it was recorded, in
/// `member show`, `member list --json` and the list's order by activity.
final class MemberDatesCLITests: XCTestCase {
    func testAnOrderRecordedLateMovesJoinedBackAndCountsAsActivityWhenItHappened() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "bob@example.com", "--order", "1", "--subtotal", "20.00", "--paid", "--at", "2025-09-01")
        try cli.ok("event", "order", "--email", "ann@example.com", "--order", "2", "--subtotal", "20.00", "--paid", "--at", "2025-06-01")
        try cli.ok("event", "order", "--email", "ann@example.com", "--order", "3", "--subtotal", "0.05", "--paid", "--at", "2025-02-03")
        let ann = try XCTUnwrap(try cli.json("member", "show", "ann@example.com") as? [String: Any])
        XCTAssertEqual(day(ann["joined"]), "2025-02-03", "her first order, though it earned nothing and was recorded last")
        XCTAssertEqual(day(ann["last_activity"]), "2025-06-01", "her latest order, not the one recorded last")
        let list = try XCTUnwrap(try cli.json("member", "list", "--sort", "activity") as? [[String: Any]])
        XCTAssertEqual(list.compactMap { $0["email"] as? String }, ["bob@example.com", "ann@example.com", "zoe@example.com"],
                       "Bob ordered in September, Ann in June (recorded later); Zoë has done nothing yet")
        XCTAssertEqual(list.map { day($0["last_activity"]) }, ["2025-09-01", "2025-06-01", nil])
        let shown = try cli.ok("member", "show", "ann@example.com")
        XCTAssertTrue(shown.contains("2025-02-03"), shown)
    }

    /// The local day of a JSON moment.
    private func day(_ value: Any?) -> String? {
        (value as? String).flatMap { ISO8601DateFormatter().date(from: $0) }
            .map { ISO8601DateFormatter.string(from: $0, timeZone: .current, formatOptions: [.withFullDate]) }
    }
}
