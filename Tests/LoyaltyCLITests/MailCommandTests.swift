import Foundation
import XCTest

/// `loyalty mail` and `loyalty daily` end to end: a real SMTP round trip through msmtp, a failing
/// mail command, and the daily job run twice.
final class MailCommandTests: XCTestCase {
    /// A launched "Café Zoë" with the welcome and points-earned e-mails on, a Dutch welcome subject,
    /// and a new member Zoë Ünal, so two messages wait in the outbox.
    private func shopWithQueuedMail() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("email", "enable", "welcome")
        try cli.ok("email", "enable", "points_earned")
        try cli.ok("email", "edit", "welcome", "--subject", "Welkom bij {program}, {name}")
        try cli.ok("member", "add", "--name", "Zoë Ünal", "--email", "unal@example.com")
        try cli.ok("event", "order", "--email", "unal@example.com", "--order", "7", "--subtotal", "4.99", "--paid")
        return cli
    }

    private func outbox(_ cli: CLIRunner) throws -> [[String: Any]] {
        try XCTUnwrap(try cli.json("mail", "list") as? [[String: Any]])
    }

    private static var msmtp: String? {
        ["/usr/bin/msmtp", "/usr/local/bin/msmtp"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func testMessagesGoThroughMsmtpToARealSMTPServerWithProperHeaders() throws {
        guard let msmtp = Self.msmtp else {
            if ProcessInfo.processInfo.environment["CI"] != nil { return XCTFail("msmtp is missing; .ci/run installs it") }
            throw XCTSkip("msmtp is not installed (apt-get install msmtp)")
        }
        let sink = try SMTPSink()
        let cli = try shopWithQueuedMail()
        let config = cli.directory.appendingPathComponent("msmtprc")
        try """
            defaults
            auth off
            tls off
            account default
            host 127.0.0.1
            port \(sink.port)
            from shop@cafe-zoe.example

            """.write(to: config, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)

        let sent = try cli.run("mail", "send", "--command", "\(msmtp) -C \(config.path) -t", "--from", "shop@cafe-zoe.example")
        XCTAssertEqual(sent.status, 0, sent.err)
        XCTAssertEqual(sent.out, "Sent 2 e-mails.\n")

        let messages = sink.messages
        XCTAssertEqual(messages.count, 2)
        let welcome = try XCTUnwrap(messages.first)
        XCTAssertEqual(welcome.recipients, ["<unal@example.com>"])
        XCTAssertTrue(welcome.from.contains("shop@cafe-zoe.example"), welcome.from)
        let headers = ReceivedMail.headers(welcome.data)
        XCTAssertEqual(ReceivedMail.decodeWords(try XCTUnwrap(headers["subject"])), "Welkom bij Café Zoë, Zoë Ünal")
        XCTAssertEqual(headers["subject"]?.hasPrefix("=?UTF-8?B?"), true, "encoded on the wire")
        XCTAssertEqual(ReceivedMail.decodeWords(try XCTUnwrap(headers["from"])), "Café Zoë <shop@cafe-zoe.example>")
        XCTAssertEqual(ReceivedMail.decodeWords(try XCTUnwrap(headers["to"])), "Zoë Ünal <unal@example.com>")
        XCTAssertEqual(headers["mime-version"], "1.0")
        XCTAssertEqual(headers["content-type"], "text/plain; charset=utf-8")
        XCTAssertEqual(headers["content-transfer-encoding"], "quoted-printable")
        XCTAssertNotNil(headers["date"].flatMap { $0.range(of: #"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"#, options: .regularExpression) })
        XCTAssertNotNil(headers["message-id"].flatMap { $0.range(of: #"^<loyalty\.\d+\.\d+@cafe-zoe\.example>$"#, options: .regularExpression) })
        XCTAssertEqual(ReceivedMail.body(welcome.data), "Hi Zoë Ünal,\n\nYou are now a member of Café Zoë. You have 0 Stars to start with.")
        XCTAssertEqual(ReceivedMail.decodeWords(ReceivedMail.headers(messages[1].data)["subject"] ?? ""), "You earned 40 Stars")

        XCTAssertEqual(try outbox(cli).map { $0["status"] as? String }, ["sent", "sent"])
        XCTAssertEqual(try cli.ok("mail", "send", "--command", "\(msmtp) -C \(config.path) -t", "--retry-now"), "Sent 0 e-mails.\n")
        XCTAssertEqual(sink.messages.count, 2, "never sent twice")
    }

    func testAFailingCommandIsRecordedAndRetriedLater() throws {
        let cli = try shopWithQueuedMail()
        let failing = try cli.run("mail", "send", "--command", "cat >/dev/null; echo 'relay said no' >&2; exit 75", "--from", "shop@example.com")
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.err.contains("failed (attempt 1): exit status 75: relay said no"), failing.err)
        var messages = try outbox(cli)
        XCTAssertEqual(messages.map { $0["status"] as? String }, ["failed", "failed"])
        XCTAssertEqual(messages.map { $0["error"] as? String }, ["exit status 75: relay said no", "exit status 75: relay said no"])
        XCTAssertEqual(messages.map { $0["attempts"] as? Int }, [1, 1])

        let file = cli.directory.appendingPathComponent("delivered.eml").path
        let tooSoon = try cli.ok("mail", "send", "--command", "cat >> \(file)", "--from", "shop@example.com")
        XCTAssertEqual(tooSoon, "Sent 0 e-mails.\n", "a failed message waits for its backoff")

        let retried = try cli.ok("mail", "send", "--command", "cat >> \(file)", "--from", "shop@example.com", "--retry-now")
        XCTAssertEqual(retried, "Sent 2 e-mails.\n")
        messages = try outbox(cli)
        XCTAssertEqual(messages.map { $0["status"] as? String }, ["sent", "sent"])
        XCTAssertEqual(messages.map { $0["attempts"] as? Int }, [2, 2])
        XCTAssertTrue(messages.allSatisfy { $0["error"] is NSNull })
        let delivered = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertEqual(delivered.components(separatedBy: "\nMIME-Version: 1.0\n").count, 3)
    }

    func testAMissingCommandIsAFailureNotACrash() throws {
        let cli = try shopWithQueuedMail()
        let result = try cli.run("mail", "send", "--command", "/nonexistent/sendmail -t", "--from", "shop@example.com")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("exit status 127"), result.err)
    }

    func testPreviewShowsTheMessageAsItWouldBeSent() throws {
        let cli = try shopWithQueuedMail()
        let next = try cli.ok("mail", "preview", "--from", "shop@example.com")
        XCTAssertTrue(next.hasPrefix("From: =?UTF-8?B?Q2Fmw6kgWm/Dqw==?= <shop@example.com>\nTo: =?UTF-8?B?Wm/DqyDDnG5hbA==?= <unal@example.com>\n"), next)
        let coupon = try cli.ok("mail", "preview", "coupon_issued", "--member", "zoe@example.com", "--from", "shop@example.com")
        XCTAssertTrue(coupon.contains("\nSubject: Your coupon: ABCD-EFGH-JKMN\n"), coupon)
        XCTAssertEqual(try cli.run("mail", "preview", "nonsense").status, 2)
        XCTAssertEqual(try outbox(cli).count, 2, "a preview queues nothing")
    }

    func testListFiltersByStatus() throws {
        let cli = try shopWithQueuedMail()
        XCTAssertEqual(try XCTUnwrap(try cli.json("mail", "list", "--status", "sent") as? [Any]).count, 0)
        let queued = try cli.ok("mail", "list", "--status", "queued")
        XCTAssertTrue(queued.contains("You earned 40 Stars"), queued)
        XCTAssertTrue(queued.contains("Welkom bij Café Zoë, Zoë Ünal"), queued)
    }

    func testTheDailyJobTwiceOnTheSameDayChangesNothingTheSecondTime() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("rule", "add", "birthday", "--points", "50")
        let today = DateFormatter()
        today.dateFormat = "MM-dd"
        try cli.ok("member", "add", "--name", "Ann", "--email", "ann@example.com", "--birthday", today.string(from: Date()))
        let first = try XCTUnwrap(try cli.json("daily") as? [String: Any])
        XCTAssertEqual(first["birthdays"] as? Int, 1)
        XCTAssertEqual(first["birthday_points"] as? Int, 50)
        let second = try XCTUnwrap(try cli.json("daily") as? [String: Any])
        XCTAssertEqual(second["birthdays"] as? Int, 0)
        XCTAssertEqual(second["expired_entries"] as? Int, 0)
        XCTAssertEqual(second["reminders_queued"] as? Int, 0)
        let ann = try XCTUnwrap(try cli.json("member", "show", "ann@example.com") as? [String: Any])
        XCTAssertEqual(ann["balance"] as? Int, 50)
        try cli.ok("check")
    }

    func testTheDailyJobCanSendTheMail() throws {
        let cli = try shopWithQueuedMail()
        let file = cli.directory.appendingPathComponent("out.eml").path
        let result = try cli.run("daily", "--send-mail", "--command", "cat >> \(file)", "--from", "shop@example.com")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Sent 2 e-mails."), result.out)
    }
}

/// `member edit --marketing no` holds programme news for that member in `mail send`, and `mail list`
/// says why; `member show` says what they answered.
final class MarketingConsentCLITests: XCTestCase {
    func testAnOptedOutMembersWelcomeIsHeldAndTheListSaysWhy() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("email", "enable", "welcome")
        try cli.ok("member", "add", "--name", "Ana", "--email", "ana@example.com")
        try cli.ok("member", "add", "--name", "Bo", "--email", "bo@example.com")
        XCTAssertEqual(try cli.ok("member", "edit", "ana@example.com", "--marketing", "no"), "Changed Ana <ana@example.com>.\n")
        XCTAssertTrue(try cli.ok("member", "show", "ana@example.com").contains("Marketing:      no (opted out)"))
        XCTAssertEqual((try cli.json("member", "show", "ana@example.com") as? [String: Any])?["accepts_marketing"] as? Bool, false)

        let file = cli.directory.appendingPathComponent("sent.txt").path
        let sent = try cli.ok("mail", "send", "--command", "cat >> \(file)", "--from", "shop@example.com")
        XCTAssertEqual(sent, "Sent 1 e-mail.\nHeld 1 marketing e-mail for members who opted out of marketing (`loyalty mail list --status held`).\n")
        let delivered = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(delivered.contains("To: Bo <bo@example.com>"), delivered)
        XCTAssertFalse(delivered.contains("ana@example.com"), delivered)
        let list = try cli.ok("mail", "list", "--status", "held")
        XCTAssertTrue(list.contains("held    0      ana@example.com") && list.contains("the member opted out of marketing e-mails"), list)
        XCTAssertTrue(list.contains("ana@example.com"), list)
        let bad = try cli.run("member", "edit", "ana@example.com", "--marketing", "maybe")
        XCTAssertEqual(bad.status, 2, bad.err)
    }
}
