import Foundation
import XCTest

/// `restore` refuses a backup whose triggers were tampered with, and `page export` never writes
/// outside its folder, whatever a page token in the database says.
final class GenuineBackupCLITests: XCTestCase {
    /// Runs the `sqlite3` tool on `database`; skips the test when it is not installed.
    private func sqlite3(_ database: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, sql]
        try process.run()
        process.waitUntilExit()
        try XCTSkipUnless(process.terminationStatus == 0, "the sqlite3 tool is not installed (or refused: \(sql))")
    }

    func testRestoreRefusesABackupWithoutTheAuditLogsTriggersAndChangesNothing() throws {
        let cli = try CLIRunner.launched()
        let backup = cli.directory.appendingPathComponent("backup.db").path
        try cli.ok("backup", backup)
        try sqlite3(backup, "DROP TRIGGER audit_log_is_append_only_delete; DROP TRIGGER audit_log_is_append_only_update;")
        try cli.ok("points", "give", "zoe@example.com", "7", "--reason", "After the backup")
        try cli.ok("check")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        let result = try cli.run("restore", backup, "--yes")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("\(backup) is not a backup Loyalty wrote: its schema differs from Loyalty's schema"), result.err)
        XCTAssertTrue(result.err.contains("trigger audit_log_is_append_only_delete on audit_log is missing"), result.err)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cli.database)), before, "the database is byte for byte as it was")
        XCTAssertTrue(try cli.ok("member", "activity", "zoe@example.com").contains("After the backup"), "what was done since the backup is still there")
    }

    func testPageExportNeverWritesOutsideItsFolder() throws {
        let cli = try CLIRunner.launched()
        try sqlite3(cli.database, "UPDATE members SET page_token = '../../escaped' WHERE email = 'zoe@example.com'")
        let site = cli.directory.appendingPathComponent("site/rewards")
        let result = try cli.run("page", "export", site.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("the page token of member 1 is \"../../escaped\", which cannot be a file name"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("site/escaped.html").path), "nothing was written outside site/rewards/members")
        let outside = try FileManager.default.subpathsOfDirectory(atPath: cli.directory.path).filter { $0.hasSuffix(".html") && !$0.hasPrefix("site/rewards/") }
        XCTAssertEqual(outside, [])
    }

    func testADatabaseWhoseTriggerWasDroppedIsRefusedAndTheRestoreItSuggestsWorks() throws {
        let cli = try CLIRunner.launched()
        let backup = cli.directory.appendingPathComponent("backup.db").path
        try cli.ok("backup", backup)
        try sqlite3(cli.database, "DROP TRIGGER ledger_is_append_only_delete")
        let refused = try cli.run("points", "give", "zoe@example.com", "5", "--reason", "x")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("trigger ledger_is_append_only_delete on ledger is missing"), refused.err)
        XCTAssertTrue(refused.err.contains("restore your latest backup into it with `loyalty --db \(cli.database) restore BACKUP --yes`"), refused.err)
        XCTAssertTrue(try cli.ok("restore", backup, "--yes").contains("check: ok"))
        XCTAssertTrue(try cli.ok("points", "give", "zoe@example.com", "5", "--reason", "After the restore").contains("+5"))
    }
}
