import Foundation
import XCTest

/// `loyalty program set --language`: the language customers read, apart from the operator's own.
final class CustomerLanguageCLITests: XCTestCase {
    func testALanguageLoyaltyDoesNotSpeakIsRefusedWithTheChoicesAndChangesNothing() throws {
        let cli = try CLIRunner.launched()
        let refused = try cli.run("program", "set", "--language", "de")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.err.contains("\"de\"") && refused.err.contains("en, nl, fr, he"), refused.err)
        XCTAssertEqual((try cli.json("program", "show") as? [String: Any])?["customer_language"] as? String, "en")
    }

    func testAHebrewProgrammeRunByAnEnglishOwnerWritesRightToLeftPages() throws {
        let cli = try CLIRunner.launched()
        let shown = try cli.ok("program", "set", "--language", "he")
        XCTAssertTrue(shown.contains("Customers' language") && shown.contains("he"), "the owner's words stay English: \(shown)")
        let program = try XCTUnwrap(try cli.json("program", "show") as? [String: Any])
        XCTAssertEqual(program["customer_language"] as? String, "he")
        XCTAssertEqual(program["points_name"] as? String, "Stars", "the points the owner named keep their name")

        let site = cli.directory.appendingPathComponent("site")
        try cli.ok("page", "export", site.path)
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<html lang=\"he\" dir=\"rtl\">"), index)
        let zoe = try XCTUnwrap(try cli.json("member", "show", "zoe@example.com") as? [String: Any])
        let page = try String(contentsOf: site.appendingPathComponent(try XCTUnwrap(zoe["page"] as? String)), encoding: .utf8)
        XCTAssertTrue(page.contains("<html lang=\"he\" dir=\"rtl\">"), page)

        try cli.ok("program", "set", "--language", "NL")
        let dutch = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(dutch.contains("dir=\"rtl\""), "the pages change when exported again")
        try cli.ok("page", "export", site.path)
        XCTAssertTrue(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8).contains("<html lang=\"nl\" dir=\"ltr\">"))
    }
}
