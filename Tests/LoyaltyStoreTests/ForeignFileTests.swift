import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// A file that is not a Loyalty database (another program's SQLite file, a schema version Loyalty
/// never wrote, a Loyalty schema that was tampered with) is refused by every way of opening it,
/// byte for byte unchanged: no tables, no WAL mode, no owner added. Only a command that creates a
/// database may turn an empty one into a programme.
final class ForeignFileTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "loyalty-foreign-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A SQLite file made by `sql` (rollback journal, as most programs leave them).
    private func sqliteFile(_ name: String, _ sql: String) throws -> String {
        let path = directory + "/" + name
        try Connection(path: path).execute(sql)
        return path
    }

    /// Every way of opening `path` is refused with a message containing `fragment`, and the file is unchanged.
    private func assertRefusedUnchanged(_ path: String, saying fragment: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for (create, readOnly) in [(false, false), (true, false), (false, true)] {
            let message = errorMessage { _ = try Store(path: path, create: create, readOnly: readOnly, actor: "tester") }
            XCTAssertTrue(message.contains(fragment), "create \(create), read-only \(readOnly): \(message)", file: file, line: line)
            XCTAssertTrue(message.contains("nothing was changed"), message, file: file, line: line)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the file is byte for byte as it was", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"), "no WAL", file: file, line: line)
    }

    func testAnotherProgramsDatabaseIsRefusedUnchanged() throws {
        let path = try sqliteFile("notes.db", "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('buy milk');")
        try assertRefusedUnchanged(path, saying: "\(path) is not a Loyalty database (it holds the tables notes of another program")
    }

    func testAFileClaimingAnEarlierSchemaVersionButHoldingSomethingElseIsRefusedUnchanged() throws {
        let path = try sqliteFile("half.db", "CREATE TABLE members(id INTEGER PRIMARY KEY, name TEXT); PRAGMA user_version = 3;")
        try assertRefusedUnchanged(path, saying: "its schema is not the one Loyalty writes at version 3")
    }

    func testANegativeSchemaVersionIsRefusedUnchanged() throws {
        let path = try sqliteFile("minus.db", "PRAGMA user_version = -1;")
        try assertRefusedUnchanged(path, saying: "its schema version is -1, which no Loyalty ever wrote")
    }

    func testALoyaltyDatabaseWhoseTriggerWasDroppedIsRefusedUnchanged() throws {
        let path = directory + "/loyalty.db"
        do {
            let store = try Store(path: path, actor: "tester")
            _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        }
        try Connection(path: path).execute("DROP TRIGGER ledger_is_append_only_delete")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let message = errorMessage { _ = try Store(path: path, create: false, actor: "tester") }
        XCTAssertTrue(message.contains("trigger ledger_is_append_only_delete on ledger is missing"), message)
        XCTAssertTrue(message.hasSuffix("is missing): nothing was changed"), message)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testAnEmptySQLiteDatabaseIsRefusedExceptByACommandThatCreatesOne() throws {
        let path = try sqliteFile("empty.db", "CREATE TABLE t(x); DROP TABLE t;")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertGreaterThan(before.count, 0, "a real SQLite file, not a zero-byte one")
        for readOnly in [false, true] {
            let message = errorMessage { _ = try Store(path: path, create: false, readOnly: readOnly, actor: "tester") }
            XCTAssertEqual(message, "\(path) is empty: it holds no Loyalty database (nothing was changed)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        let store = try Store(path: path, create: true, actor: "tester")
        XCTAssertEqual(try store.db.scalar("PRAGMA user_version"), currentSchemaVersion)
        XCTAssertEqual(try store.users().map(\.name), ["tester"])
    }

    func testALoyaltyDatabaseAfterAnalyzeStillOpens() throws {
        let path = directory + "/loyalty.db"
        do {
            let store = try Store(path: path, actor: "tester")
            _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        }
        try Connection(path: path).execute("ANALYZE")
        XCTAssertEqual(try Store(path: path, create: false, actor: "tester").member(email: "zoe@example.com").name, "Zoë")
    }
}
