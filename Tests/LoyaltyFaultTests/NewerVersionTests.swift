import Foundation
import XCTest
import LoyaltyStore

/// A database written by a newer Loyalty (its `PRAGMA user_version` above this build's): every
/// command and the dashboard refuse it with a message that says so and what to do, and the
/// file's bytes are the same afterwards, in WAL mode and in rollback-journal mode alike.
final class NewerVersionTests: XCTestCase {
    let newer = currentSchemaVersion + 1

    func testEveryCommandAndTheDashboardRefuseADatabaseFromANewerLoyaltyAndLeaveItAlone() throws {
        for journal in ["wal", "delete"] {
            let binary = try LoyaltyBinary()
            try makeNewer(binary.database, journal: journal)
            let bytes = try fileBytes(binary.database)
            let events = binary.path("events.csv"), backup = binary.path("backup.db")
            try "kind,email,external_id\nreview,member1@example.com,r-1\n".write(toFile: events, atomically: true, encoding: .utf8)
            let expected = [binary.database, "newer Loyalty", "schema \(newer)", "nothing was changed", "upgrade"]
            let commands: [[String]] = [
                ["stats"], ["check"], ["member", "list"], ["member", "show", "member1@example.com"],
                ["points", "give", "member1@example.com", "5", "--reason", "Newer"], ["import", "events", events],
                ["event", "review", "--email", "member1@example.com", "--id", "r-2"], ["program", "pause"],
                ["init", "--name", "Another"], ["daily"], ["coupon", "export"], ["backup", backup], ["demo", "--members", "5"],
            ]
            for command in commands {
                try assertRefused(try binary.start(command).wait(), command, saying: expected, database: binary.database, bytes: bytes)
            }
            try assertRefused(try binary.runInTerminal([]), ["(the dashboard)"], saying: expected, database: binary.database, bytes: bytes)
            XCTAssertFalse(FileManager.default.fileExists(atPath: backup), "a backup of a database this build cannot read")
        }
    }

    func testABackupFromANewerLoyaltyIsNotRestored() throws {
        let binary = try LoyaltyBinary()
        let backup = binary.path("newer-backup.db")
        try makeNewer(backup, journal: "delete")
        try FaultShop.create(at: binary.database, members: 2)
        let bytes = try fileBytes(binary.database)
        let result = try binary.start(["restore", backup, "--yes"]).wait()
        try assertRefused(result, ["restore"], saying: [backup, "newer Loyalty", "schema \(newer)"], database: binary.database, bytes: bytes)
    }

    /// A programme with two members and some points, then marked as written by a newer Loyalty
    /// that added a table and keeps its file in `journal` mode.
    private func makeNewer(_ path: String, journal: String) throws {
        do {
            let store = try FaultShop.create(at: path, members: 2)
            _ = try store.give(email: "member1@example.com", points: 40, reason: "Welcome")
        }
        let db = try Connection(path: path, create: false)
        try db.execute("PRAGMA journal_mode = \(journal)")
        try db.execute("CREATE TABLE from_the_future(id INTEGER PRIMARY KEY, what TEXT NOT NULL)")
        try db.execute("PRAGMA user_version = \(newer)")
    }
}
