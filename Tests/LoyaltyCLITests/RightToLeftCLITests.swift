import Bidi
import Foundation
import LoyaltyText
import XCTest

/// CLI output to a terminal that does no bidi of its own (tmux, most SSH clients) gets Hebrew in
/// visual order, as the dashboard draws it: each table cell by itself, the columns mirrored in
/// Hebrew. Output to a pipe or a file, and with `--bidi off`, stays in stored order: it is data.
final class RightToLeftCLITests: XCTestCase {
    private let hebrew = ["LANG": "he_IL.UTF-8"]
    private let words = Localizer.shipped(.hebrew).0

    private func shop() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--name", "שלום כהן", "--email", "shalom@example.org")
        return cli
    }

    private func line(containing text: String, in output: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try XCTUnwrap(output.split(separator: "\n").map(String.init).first { $0.contains(text) }, output, file: file, line: line)
    }

    func testAHebrewMemberListIsMirroredAndInVisualOrderInATerminal() throws {
        let cli = try shop()
        let result = try cli.runInTerminal(["member", "list"], environment: hebrew)
        XCTAssertEqual(result.status, 0, result.err)
        // The first column (the name) is on the right, read from the right.
        let shalom = try line(containing: "shalom@example.org", in: result.out), zoe = try line(containing: "zoe@example.com", in: result.out)
        XCTAssertTrue(shalom.hasSuffix("ןהכ םולש"), shalom)
        XCTAssertTrue(zoe.hasSuffix("Zoë"), zoe)
        let header = try XCTUnwrap(result.out.split(separator: "\n").first.map(String.init))
        XCTAssertTrue(header.hasSuffix(VisualOrder.string(words.text("NAME"), paragraph: .rightToLeft)), header)
        // Columns stay lined up: the e-mail column ends at the same place on every line.
        let end = { (line: String, email: String) in line.distance(from: line.startIndex, to: line.range(of: email)!.upperBound) }
        XCTAssertEqual(end(shalom, "shalom@example.org"), end(zoe, "zoe@example.com"), result.out)
        XCTAssertFalse(result.out.contains("שלום כהן"), result.out)
    }

    func testAPipeTheBidiSettingAndAnEnglishTerminalEachGetWhatTheyNeed() throws {
        let cli = try shop()
        let piped = try cli.runRaw(["--db", cli.database, "member", "list"], environment: hebrew)
        XCTAssertTrue(try line(containing: "shalom@example.org", in: piped.out).hasPrefix("שלום כהן"), "a pipe gets the stored order: \(piped.out)")
        for off in [(["--bidi", "off"], [:]), ([], ["LOYALTY_BIDI": "off"])] {
            let result = try cli.runInTerminal(["member", "list"] + off.0, environment: hebrew.merging(off.1) { $1 })
            XCTAssertTrue(try line(containing: "shalom@example.org", in: result.out).hasPrefix("שלום כהן"),
                          "a terminal that reorders itself gets the stored order: \(result.out)")
        }
        // In English the columns stay where they are; the Hebrew name still reads from the right.
        let english = try cli.runInTerminal(["member", "list"])
        XCTAssertTrue(try line(containing: "shalom@example.org", in: english.out).hasPrefix("ןהכ םולש"), english.out)
        let json = try cli.runInTerminal(["member", "list", "--json"], environment: hebrew)
        XCTAssertTrue(json.out.contains("\"name\":\"שלום כהן\""), "JSON is data, even in a terminal: \(json.out)")
    }

    func testMemberShowLinesUpItsFieldsFromTheRight() throws {
        let cli = try shop()
        let result = try cli.runInTerminal(["member", "show", "shalom@example.org"], environment: hebrew)
        XCTAssertEqual(result.status, 0, result.err)
        let email = try line(containing: "shalom@example.org", in: result.out), name = try line(containing: "ןהכ םולש", in: result.out)
        XCTAssertTrue(email.hasSuffix(VisualOrder.string(words.text("E-mail") + ":", paragraph: .rightToLeft)), email)
        // Values end in one column, just left of the widest label.
        let end = { (line: String, value: String) in line.distance(from: line.startIndex, to: line.range(of: value)!.upperBound) }
        XCTAssertEqual(end(email, "shalom@example.org"), end(name, "ןהכ םולש"), result.out)
    }

    func testActivityReasonsAreWordedInTheOperatorsLanguageWithTheSignBeforeTheNumber() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "49.99", "--paid")
        try cli.ok("redeem", "zoe@example.com", "--reward", "1")
        try cli.ok("points", "give", "zoe@example.com", "25", "--reason", "Order 7 was late")
        let dutch = try cli.runRaw(["--db", cli.database, "member", "activity", "zoe@example.com"], environment: ["LANG": "nl_NL.UTF-8"])
        XCTAssertTrue(dutch.out.contains("Bestelling 1042 (€\u{00A0}49,99)"), dutch.out)
        XCTAssertTrue(dutch.out.contains("€5 off: coupon "), dutch.out)
        XCTAssertTrue(dutch.out.contains("Order 7 was late"), "an operator's own reason is shown as typed: \(dutch.out)")
        let hebrewOut = try cli.runInTerminal(["member", "activity", "zoe@example.com"], environment: hebrew)
        let order = try line(containing: "1042", in: hebrewOut.out)
        XCTAssertTrue(order.contains("+490"), "the sign stays before its number: \(order)")
        XCTAssertTrue(order.contains(VisualOrder.string("הזמנה 1042", paragraph: .rightToLeft)), order)
        XCTAssertTrue(try line(containing: "+25", in: hebrewOut.out).contains("Order 7 was late"), hebrewOut.out)
    }

    func testAnOptionKeepsItsDashesInFrontInHebrewHelp() throws {
        let cli = try CLIRunner()
        let help = try cli.runInTerminal(["member", "activity", "--help"], environment: hebrew)
        let limit = try line(containing: "limit N", in: help.out)
        XCTAssertTrue(limit.contains("--limit N"), limit)
        XCTAssertFalse(limit.contains("limit N--"), limit)
    }
}
