import Foundation
import XCTest

/// `member erase` says what the files still hold, and `restore` of an older backup does not bring
/// the person back.
final class ErasureCLITests: XCTestCase {
    func testEraseReportsCleanFilesAndARestoreOfAnOlderBackupErasesAgain() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("rule", "add", "newsletter", "--points", "25")
        try cli.ok("event", "newsletter", "--email", "zoe@example.com", "--id", "zoe@example.com")
        let backup = cli.directory.appendingPathComponent("before-erasure.db").path
        try cli.ok("backup", backup)

        let erased = try cli.ok("member", "erase", "zoe@example.com", "--yes")
        XCTAssertTrue(erased.contains("1 event key rewritten"), erased)
        XCTAssertTrue(erased.contains("The database file and its write-ahead log hold nothing of their old details"), erased)

        XCTAssertTrue(try cli.ok("restore", backup, "--yes").contains("check: ok"))
        XCTAssertEqual(try cli.run("member", "show", "zoe@example.com").status, 1, "the restore did not bring Zoë back")
        let member = try XCTUnwrap(cli.json("member", "show", "erased-1@invalid") as? [String: Any])
        XCTAssertEqual(member["balance"] as? Int, 25, "her points history is back, anonymous")
        let again = try cli.ok("event", "newsletter", "--email", "zoe@example.com", "--id", "zoe@example.com")
        XCTAssertTrue(again.contains("recorded before"), "the same sign-up is still recognised: \(again)")
        let audit = try cli.ok("audit", "--limit", "1")
        XCTAssertTrue(audit.contains("Member erased"), audit)
    }
}
