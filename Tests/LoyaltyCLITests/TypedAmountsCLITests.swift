import Foundation
import XCTest

/// Money and dates typed in options are read as the operator's language writes them: Dutch 12,50 is
/// twelve and a half euros, an ambiguous 1.234 is refused naming the option and both readings.
final class TypedAmountsCLITests: XCTestCase {
    private func balance(_ cli: CLIRunner, _ email: String) throws -> Int? {
        (try cli.json("member", "show", email) as? [String: Any])?["balance"] as? Int
    }

    func testADutchOperatorWritesADecimalComma() throws {
        let cli = try CLIRunner.launched()
        let order = try cli.runRaw(["--db", cli.database, "event", "order", "--email", "zoe@example.com", "--order", "7", "--subtotal", "12,50", "--paid"],
                                   environment: ["LANG": "nl_NL.UTF-8"])
        XCTAssertEqual(order.status, 0, order.err)
        XCTAssertEqual(try balance(cli, "zoe@example.com"), 120, "12,50 at 10 Stars per whole 1.00")
    }

    func testAnAmbiguousAmountIsRefusedNamingTheOptionAndNothingIsRecorded() throws {
        let cli = try CLIRunner.launched()
        let english = try cli.run("event", "order", "--email", "zoe@example.com", "--order", "7", "--subtotal", "1,234", "--paid")
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.err.hasPrefix("loyalty: --subtotal \"1,234\" is ambiguous: it could be 1234 or 1.234; write 1234 without a separator"), english.err)
        let french = try cli.runRaw(["--db", cli.database, "--lang", "fr", "redeem", "zoe@example.com", "--reward", "1", "--order-total", "1.234"])
        XCTAssertEqual(french.status, 2)
        XCTAssertTrue(french.err.hasPrefix("loyalty: --order-total : « 1.234 » est ambigu"), french.err)
        XCTAssertEqual(try balance(cli, "zoe@example.com"), 0)
    }

    func testADayIsReadDayFirstInDutchAndAnAmbiguousEnglishDayIsRefused() throws {
        let cli = try CLIRunner.launched()
        let dutch = try cli.runRaw(["--db", cli.database, "campaign", "add", "--name", "Kerst", "--multiplier", "2x", "--rules", "order", "--from", "1-12-2026", "--to", "24-12-2026"],
                                   environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(dutch.status, 0, dutch.err)
        XCTAssertTrue(try cli.ok("campaign", "list").contains("2026-12-01"), "1-12-2026 is the first of December")
        let english = try cli.run("campaign", "add", "--name", "Xmas", "--multiplier", "2x", "--rules", "order", "--from", "01/12/2026", "--to", "2026-12-24")
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.err.hasPrefix("loyalty: --from \"01/12/2026\" is ambiguous: it could be 2026-12-01 or 2026-01-12"), english.err)
    }
}
