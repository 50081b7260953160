import Foundation
import XCTest

/// `mail send` with mail commands that misbehave: one that runs past the time limit is stopped at
/// the limit with everything it started, whatever the size of the message; one that exits 0
/// without reading the whole message has not sent it.
final class MailDeliveryLimitTests: XCTestCase {
    /// A launched shop whose welcome e-mail has a body of `bodyBytes` bytes, and a new member Noor,
    /// so her welcome (first) and points-earned (second) e-mails wait in the outbox.
    private func shop(bodyBytes: Int) throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        let body = cli.directory.appendingPathComponent("welcome.txt").path
        let line = "Welcome to {program}, {name}: this line is here to make the message long.\n"
        try String(repeating: line, count: bodyBytes / line.utf8.count + 1).write(toFile: body, atomically: false, encoding: .utf8)
        try cli.ok("email", "edit", "welcome", "--body-file", body)
        try cli.ok("email", "enable", "welcome")
        try cli.ok("email", "enable", "points_earned")
        try cli.ok("member", "add", "--name", "Noor Haddad", "--email", "noor@example.com")
        try cli.ok("event", "order", "--email", "noor@example.com", "--order", "9", "--subtotal", "12.00", "--paid")
        return cli
    }

    private func statuses(_ cli: CLIRunner) throws -> [String] {
        try XCTUnwrap(try cli.json("mail", "list") as? [[String: Any]]).map { $0["status"] as? String ?? "?" }
    }

    func testACommandRunningPastTheLimitIsStoppedAtTheLimitWithEverythingItStarted() throws {
        let cli = try shop(bodyBytes: 200 * 1024)
        let group = cli.directory.appendingPathComponent("group").path
        let started = Date()
        let result = try cli.runInShell(#"exec "$LOYALTY" mail send --limit 1 --from shop@example.com --command "echo \$\$ > group; sleep 30 & sleep 30""#,
                                        environment: ["LOYALTY_MAIL_TIMEOUT": "1"])
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertLessThan(elapsed, 8, "a 1-second limit holds for a 200 KiB message the command never reads")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("failed (attempt 1): the mail command did not finish within 1 second and was stopped"), result.err)
        XCTAssertEqual(try statuses(cli), ["queued", "failed"], "newest first: the welcome failed")
        let pgid = try XCTUnwrap(pid_t(try String(contentsOfFile: group, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        let reaped = Date().addingTimeInterval(3)   // killed ones are zombies until init reaps them
        while kill(-pgid, 0) == 0 && Date() < reaped { usleep(20_000) }
        XCTAssertEqual(kill(-pgid, 0), -1, "no process of the command's group is left running")
    }

    func testABadTimeoutIsRefusedByName() throws {
        let cli = try shop(bodyBytes: 100)
        let result = try cli.runInShell(#"exec "$LOYALTY" mail send --command "cat >/dev/null""#, environment: ["LOYALTY_MAIL_TIMEOUT": "2m"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("$LOYALTY_MAIL_TIMEOUT is \"2m\"; it must be a whole number of seconds"), result.err)
        XCTAssertEqual(try statuses(cli), ["queued", "queued"])
    }

    func testAMessageTheCommandDidNotReadWholeIsNotMarkedSent() throws {
        let cli = try shop(bodyBytes: 100 * 1024)
        let partly = try cli.run("mail", "send", "--limit", "1", "--from", "shop@example.com", "--command", "head -c 10 >/dev/null")
        XCTAssertEqual(partly.status, 1)
        XCTAssertTrue(partly.err.contains("the mail command exited with status 0 after reading only"), partly.err)
        let unread = try cli.run("mail", "send", "--limit", "1", "--from", "shop@example.com", "--command", "true")
        XCTAssertEqual(unread.status, 1)
        XCTAssertTrue(unread.err.contains("after reading only 0 of the message's"), unread.err)
        XCTAssertEqual(try statuses(cli), ["failed", "failed"])
    }

    func testABigMessageReachesACommandThatReadsItWhole() throws {
        let cli = try shop(bodyBytes: 300 * 1024)
        let file = cli.directory.appendingPathComponent("delivered.eml").path
        let result = try cli.run("mail", "send", "--from", "shop@example.com", "--command", "cat >> \(file)")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(try statuses(cli), ["sent", "sent"])
        let delivered = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertGreaterThan(delivered.utf8.count, 300 * 1024)
        XCTAssertEqual(delivered.components(separatedBy: "\nMIME-Version: 1.0\n").count, 3, "both messages, whole")
    }
}
