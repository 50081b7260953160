import XCTest

/// Earning, manual changes, redeeming and refunds through the CLI.
final class PointsTests: XCTestCase {
    private func balance(_ cli: CLIRunner, _ email: String = "zoe@example.com") throws -> Int? {
        (try cli.json("member", "show", email) as? [String: Any])?["balance"] as? Int
    }

    func testAnOrderOf4_99At10PerEuroEarns40AndCountsOnce() throws {
        let cli = try CLIRunner.launched()
        let first = try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "4.99", "--paid")
        XCTAssertTrue(first.contains("earned 40 Stars"), first)
        let again = try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "4.99", "--paid")
        XCTAssertTrue(again.contains("recorded before"), again)
        XCTAssertEqual(try balance(cli), 40)
    }

    func testAnUnpaidOrderIsNotRecorded() throws {
        let cli = try CLIRunner.launched()
        let unpaid = try cli.run("event", "order", "--email", "new@example.com", "--order", "7", "--subtotal", "30.00")
        XCTAssertEqual(unpaid.status, 0)
        XCTAssertTrue(unpaid.out.contains("unpaid orders earn nothing"), unpaid.out)
        XCTAssertEqual(try cli.run("member", "show", "new@example.com").status, 1)
    }

    func testABadAmountNamesTheOptionAndHowToWriteIt() throws {
        let cli = try CLIRunner.launched()
        let result = try cli.run("event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "12,5O", "--paid")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.hasPrefix("loyalty: --subtotal \"12,5O\" is not a number; write it like 12.50"), result.err)
        XCTAssertTrue(result.err.contains("usage: loyalty event order"), result.err)
    }

    func testGiveRemoveAndSetShowBeforeAndAfterAndAppearInActivity() throws {
        let cli = try CLIRunner.launched()
        XCTAssertTrue(try cli.ok("points", "give", "zoe@example.com", "50", "--reason", "Birthday surprise").contains("0 → 50 Stars"))
        XCTAssertTrue(try cli.ok("points", "remove", "zoe@example.com", "20", "--reason", "Returned item").contains("50 → 30 Stars"))
        XCTAssertTrue(try cli.ok("points", "set", "zoe@example.com", "100", "--reason", "Old card").contains("30 → 100 Stars"))

        let activity = try XCTUnwrap(try cli.json("member", "activity", "zoe@example.com") as? [[String: Any]])
        XCTAssertEqual(activity.map { $0["kind"] as? String }, ["set", "remove", "give"])
        XCTAssertEqual(activity.map { $0["reason"] as? String }, ["Old card", "Returned item", "Birthday surprise"])
        XCTAssertEqual(activity.map { $0["change"] as? Int }, [70, -20, 50])
        XCTAssertEqual(activity.map { $0["balance_after"] as? Int }, [100, 30, 50])

        let text = try cli.ok("member", "activity", "zoe@example.com")
        XCTAssertTrue(text.contains("Balance set") && text.contains("Old card"), text)

        let tooMuch = try cli.run("points", "remove", "zoe@example.com", "500", "--reason", "x")
        XCTAssertEqual(tooMuch.status, 1)
        let noReason = try cli.run("points", "give", "zoe@example.com", "5")
        XCTAssertEqual(noReason.status, 2)
        XCTAssertTrue(noReason.err.contains("--reason is required"), noReason.err)
    }

    func testAVisitorEarnsButCannotRedeemUntilTheyBecomeAMember() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--email", "visitor@example.com", "--status", "visitor")
        try cli.ok("event", "order", "--email", "visitor@example.com", "--order", "9", "--subtotal", "15.00", "--paid")
        XCTAssertEqual(try balance(cli, "visitor@example.com"), 150)
        let refused = try cli.run("redeem", "visitor@example.com", "--reward", "1")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("only members can redeem"), refused.err)

        try cli.ok("member", "set-status", "visitor@example.com", "member")
        let code = try cli.ok("redeem", "visitor@example.com", "--reward", "1").trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(code.count, 12)
        XCTAssertTrue(try cli.ok("coupon", "list", "--member", "visitor@example.com").contains(code))
    }

    func testMemberShowJSONHasTheDocumentedKeys() throws {
        let cli = try CLIRunner.launched()
        let member = try XCTUnwrap(try cli.json("member", "show", "ZOE@example.com") as? [String: Any])
        for key in ["email", "name", "status", "tier", "balance", "earned", "redeemed", "referral_code", "coupons", "joined"] {
            XCTAssertNotNil(member[key], "missing \(key)")
        }
        XCTAssertEqual(member["email"] as? String, "zoe@example.com")
        XCTAssertEqual(member["name"] as? String, "Zoë")
        XCTAssertEqual(member["status"] as? String, "member")
        XCTAssertEqual(member["tier"] as? String, "Base")
    }

    func testARefundTakesBackItsShareOnceAndACancellationTheRest() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "10.00", "--paid")
        XCTAssertTrue(try cli.ok("refund", "--order", "1042", "--amount", "2.50", "--refund-id", "R1").contains("took back 25 Stars"))
        XCTAssertTrue(try cli.ok("refund", "--order", "1042", "--amount", "2.50", "--refund-id", "R1").contains("recorded before"))
        XCTAssertEqual(try balance(cli), 75)
        try cli.ok("refund", "--order", "1042")
        XCTAssertEqual(try balance(cli), 0)
        XCTAssertEqual(try cli.run("check").status, 0)
    }
}
