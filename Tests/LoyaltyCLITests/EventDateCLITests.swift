import Foundation
import XCTest

/// `loyalty event … --at DATE` and `loyalty refund --at DATE` date what happened when it happened.
final class EventDateCLITests: XCTestCase {
    func testAnOrderAndItsRefundAreDatedWithAtAndKeepWhenTheyWereRecorded() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "977", "--subtotal", "20.00", "--paid", "--at", "2025-12-14T09:30:00+01:00")
        try cli.ok("refund", "--order", "977", "--amount", "5.00", "--refund-id", "R1", "--at", "2025-12-20")
        let entries = try XCTUnwrap(try cli.json("member", "activity", "zoe@example.com") as? [[String: Any]])
        let earn = try XCTUnwrap(entries.first { $0["kind"] as? String == "earn" })
        let reverse = try XCTUnwrap(entries.first { $0["kind"] as? String == "reverse" })
        XCTAssertEqual(moment(earn["at"]), ISO8601DateFormatter().date(from: "2025-12-14T08:30:00Z"))
        XCTAssertEqual(moment(reverse["at"]).map { Calendar.current.startOfDay(for: $0) }, moment(reverse["at"]), "a day alone is local midnight")
        XCTAssertEqual((moment(reverse["at"])).map { Calendar.current.component(.day, from: $0) }, 20)
        let recorded = try XCTUnwrap(moment(earn["recorded"]))
        XCTAssertLessThan(abs(recorded.timeIntervalSinceNow), 600, "recorded now, in --json")
        XCTAssertEqual(entries.map { $0["kind"] as? String }.prefix(2), ["reverse", "earn"], "newest first by when it happened")
    }

    func testTheActivityTableSaysWhenALateEntryWasRecorded() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "977", "--subtotal", "20.00", "--paid", "--at", "2025-12-14")
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "978", "--subtotal", "20.00", "--paid")
        let lines = try cli.ok("member", "activity", "zoe@example.com").split(separator: "\n").map(String.init)
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let late = try XCTUnwrap(lines.first { $0.contains("Order 977") }, lines.joined(separator: "\n"))
        XCTAssertTrue(late.hasPrefix("2025-12-14 00:00"), late)
        XCTAssertTrue(late.contains("· recorded \(today)"), late)
        XCTAssertFalse(try XCTUnwrap(lines.first { $0.contains("Order 978") }).contains("recorded"))
    }

    func testAnEventWithoutAtHappensNow() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "978", "--subtotal", "20.00", "--paid")
        let entries = try XCTUnwrap(try cli.json("member", "activity", "zoe@example.com") as? [[String: Any]])
        let at = try XCTUnwrap(moment(entries.first?["at"]))
        XCTAssertLessThan(abs(at.timeIntervalSinceNow), 600)
    }

    func testAnUnreadableOrFutureAtIsRefusedAndNothingIsRecorded() throws {
        let cli = try CLIRunner.launched()
        let unreadable = try cli.run("event", "order", "--email", "ann@example.com", "--order", "1", "--subtotal", "9.00", "--paid", "--at", "12/14/25")
        XCTAssertEqual(unreadable.status, 2, unreadable.err)
        XCTAssertTrue(unreadable.err.contains("--at \"12/14/25\" has a two-digit year"), unreadable.err)
        let future = try cli.run("event", "order", "--email", "ann@example.com", "--order", "1", "--subtotal", "9.00", "--paid", "--at", "2999-01-01")
        XCTAssertEqual(future.status, 1, future.err)
        XCTAssertTrue(future.err.contains("is in the future"), future.err)
        let refund = try cli.run("refund", "--order", "1", "--at", "yesterday")
        XCTAssertEqual(refund.status, 2, refund.err)
        XCTAssertTrue(refund.err.contains("--at \"yesterday\" is not a date"), refund.err)
        let list = try XCTUnwrap(try cli.json("member", "list") as? [[String: Any]])
        XCTAssertEqual(list.compactMap { $0["email"] as? String }, ["zoe@example.com"], "no visitor was added")
    }

    private func moment(_ value: Any?) -> Date? {
        (value as? String).flatMap { ISO8601DateFormatter().date(from: $0) }
    }
}
