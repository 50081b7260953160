import Foundation
import XCTest

/// A reward's description is what customers read: written with `reward add/edit --description`,
/// shown on the exported pages instead of the product's SKU.
final class RewardDescriptionTests: XCTestCase {
    func testTheExportedPagesNameTheProductNotItsSKU() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--name", "Free coffee", "--cost", "300", "--free-product", "COFFEE-REG", "--description", "A regular coffee of your choice")
        try cli.ok("reward", "add", "--name", "10% off", "--cost", "50", "--percent-off", "10", "--min-subtotal", "25")
        try cli.ok("points", "give", "zoe@example.com", "120", "--reason", "Welcome gift")
        let listed = try XCTUnwrap(try cli.json("reward", "list") as? [[String: Any]])
        XCTAssertEqual(listed.first { $0["name"] as? String == "Free coffee" }?["description"] as? String, "A regular coffee of your choice")

        let directory = cli.directory.appendingPathComponent("site")
        try cli.ok("page", "export", directory.path)
        let index = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        let zoe = try XCTUnwrap(try cli.json("member", "show", "zoe@example.com") as? [String: Any])
        let page = try String(contentsOf: directory.appendingPathComponent(try XCTUnwrap(zoe["page"] as? String)), encoding: .utf8)
        for html in [index, page] {
            XCTAssertTrue(html.contains("A regular coffee of your choice for 300 Stars"), html)
            XCTAssertFalse(html.contains("COFFEE-REG"), html)
            XCTAssertTrue(html.contains("on orders of €25.00 or more"), html)
        }
        XCTAssertTrue(page.contains("10% off (10% off for 50 Stars, on orders of €25.00 or more): yours to redeem on an order of €25.00 or more"), page)
        XCTAssertTrue(page.contains("Free coffee (A regular coffee of your choice for 300 Stars): 180 Stars to go"), page)

        try cli.ok("reward", "edit", "2", "--description", "")
        let edited = try XCTUnwrap(try cli.json("reward", "list") as? [[String: Any]])
        XCTAssertTrue(edited.first { $0["name"] as? String == "Free coffee" }?["description"] is NSNull, "an empty description drops it")
    }
}
