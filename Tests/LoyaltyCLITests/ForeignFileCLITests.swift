import Foundation
import XCTest

/// `loyalty` pointed at a SQLite file of another program changes nothing in it, whatever the
/// command (`init` and the dashboard create a database only in an empty file).
final class ForeignFileCLITests: XCTestCase {
    func testEveryCommandRefusesAnotherProgramsDatabaseAndLeavesItUnchanged() throws {
        let cli = try CLIRunner()
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", cli.database, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('buy milk');"]
        try sqlite.run()
        sqlite.waitUntilExit()
        try XCTSkipUnless(sqlite.terminationStatus == 0, "the sqlite3 tool is not installed")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        for command in [["member", "list"], ["init", "--name", "Café Zoë"], ["points", "give", "zoe@example.com", "5", "--reason", "x"], ["check"], ["demo", "--members", "5"]] {
            let result = try cli.runRaw(["--db", cli.database] + command)
            XCTAssertEqual(result.status, 1, command.joined(separator: " "))
            XCTAssertTrue(result.err.contains("\(cli.database) is not a Loyalty database (it holds the tables notes of another program"), result.err)
            XCTAssertTrue(result.err.contains("nothing was changed"), result.err)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cli.database)), before, "\(command.joined(separator: " ")) left the file as it was")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.database + "-wal"))
    }
}
