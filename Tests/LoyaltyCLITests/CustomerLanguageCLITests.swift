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

    func testADutchProgrammesPagesAndUnnamedRewardsReadDutchForAnEnglishOwner() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("program", "set", "--language", "nl")
        let added = try cli.ok("reward", "add", "--cost", "200", "--percent-off", "10")
        XCTAssertTrue(added.contains("10% korting"), "named in the customers' language, told in the owner's: \(added)")
        try cli.ok("points", "give", "zoe@example.com", "150", "--reason", "welcome gift")
        try cli.ok("redeem", "zoe@example.com", "--reward", "1")

        let site = cli.directory.appendingPathComponent("site")
        try cli.ok("page", "export", site.path)
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        for sentence in ["<html lang=\"nl\" dir=\"ltr\">", "<h2 id=\"section-1\">Zo spaar je</h2>", "10 Stars per €\u{A0}1,00",
                         "€5 off: €\u{A0}5,00 korting voor 100 Stars", "10% korting: 10% korting voor 200 Stars", "Zo word je lid"] {
            XCTAssertTrue(index.contains(sentence), "\(sentence) not in \(index)")
        }
        let zoe = try XCTUnwrap(try cli.json("member", "show", "zoe@example.com") as? [String: Any])
        let page = try String(contentsOf: site.appendingPathComponent(try XCTUnwrap(zoe["page"] as? String)), encoding: .utf8)
        for sentence in ["<title>Mijn beloningen · Zoë – Café Zoë</title>", "Je hebt 50 ★ Stars · niveau", "€\u{A0}5,00 korting · uitgegeven",
                         "10% korting (10% korting voor 200 Stars): nog 150 Stars te gaan", ">Over Café Zoë</a>"] {
            XCTAssertTrue(page.contains(sentence), "\(sentence) not in \(page)")
        }
        XCTAssertFalse(page.contains("You have") || page.contains("yours to redeem") || page.contains("EUR"), page)
    }
}
