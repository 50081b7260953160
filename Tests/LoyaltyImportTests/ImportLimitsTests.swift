import Foundation
import XCTest

/// Imported amounts above the documented maximum are refused naming the file, line and field;
/// an amount at the maximum that would earn more than one change may give is refused with why.
final class ImportLimitsTests: XCTestCase {
    func testAnAmountAboveTheMaximumIsRefusedWithItsLineAndNothingIsImported() throws {
        let cli = try ImportCLI.launched()
        let file = cli.directory.appendingPathComponent("huge.csv")
        try """
            kind,email,external_id,amount,currency,occurred_at,name
            order,ann@example.com,H-1,120.00,EUR,2026-03-01,Ann
            order,bob@example.com,H-2,999999999999999.99,EUR,2026-03-01,Bob
            order,cy@example.com,H-3,10000000000.00,EUR,2026-03-01,Cy

            """.write(to: file, atomically: true, encoding: .utf8)
        let refused = try cli.run("import", "events", file.path)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("huge.csv line 3: \"amount\" is \"999999999999999.99\" — \"999999999999999.99\" is too large an amount; at most 10,000,000,000.00 EUR"), refused.err)
        XCTAssertEqual(try cli.run("member", "show", "ann@example.com").status, 1, "nothing was imported")

        let atMost = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "order,bob@example.com,H-2,999999999999999.99,EUR,2026-03-01,Bob\n", with: "")
        try atMost.write(to: file, atomically: true, encoding: .utf8)
        let tooMuch = try cli.run("import", "events", file.path)
        XCTAssertEqual(tooMuch.status, 1)
        XCTAssertTrue(tooMuch.err.contains("huge.csv line 3"), tooMuch.err)
        XCTAssertTrue(tooMuch.err.contains("this event would earn 100,000,000,000 Stars, more than one change may give (1,000,000,000)"), tooMuch.err)
        XCTAssertEqual(try cli.run("member", "show", "ann@example.com").status, 1, "nothing was imported")
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }
}
