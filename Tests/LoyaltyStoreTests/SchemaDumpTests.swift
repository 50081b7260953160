import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The schema of every version is checked in as text (`Tests/Fixtures/schema/vN.sql`, SQLite's
/// `sqlite_master` of a database at that version): a fresh database and one upgraded step by step
/// from version 1 with data in it must both equal it, so a migration once applied can never change.
/// A version added to `migrations` has no dump yet: `LOYALTY_WRITE_SCHEMA_DUMPS=1 swift test
/// --filter SchemaDumpTests` writes the missing ones (never an existing one); read it, commit it.
final class SchemaDumpTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/schema")

    func testTheSchemaVersionsHaveNoGaps() {
        XCTAssertEqual(migrations.map(\.version), Array(1...currentSchemaVersion))
    }

    func testAFreshDatabaseOfEveryVersionHasExactlyTheCheckedInSchema() throws {
        for migration in migrations {
            let db = try Connection(path: ":memory:")
            try migrate(db, from: 0, upTo: migration.version, now: 1_735_689_600)
            try assertSchema(of: db, isDump: migration.version)
        }
    }

    func testADatabaseUpgradedStepByStepFromVersion1WithDataInItHasTheSameSchema() throws {
        let path = NSTemporaryDirectory() + "loyalty-schema-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let db = try Connection(path: path)
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA foreign_keys = ON")
        try migrate(db, from: 0, upTo: 1, now: 1_735_689_600)
        try db.execute("""
            BEGIN;
            INSERT INTO members(id, name, email, status, referral_code, tier_id, joined_at)
                VALUES (1, 'Zoë Jansen', 'zoe@example.com', 'member', 'ZOEREF01', 1, 1735689600);
            INSERT INTO ledger(id, member_id, kind, delta, balance_after, reason, actor, created_at) VALUES (1, 1, 'give', 50, 50, 'Welcome gift', 'seed', 1735689600);
            INSERT INTO lots(entry_id, member_id, amount, remaining) VALUES (1, 1, 50, 50);
            COMMIT;
            """)
        try assertSchema(of: db, isDump: 1)
        for migration in migrations.dropFirst() {
            try migrate(db, from: migration.version - 1, upTo: migration.version, now: 1_735_776_000)
            XCTAssertEqual(try db.scalar("PRAGMA user_version"), migration.version)
            try assertSchema(of: db, isDump: migration.version)
        }
        XCTAssertEqual(try db.scalar("SELECT balance FROM members WHERE email = 'zoe@example.com'"), 50, "the data came through every step")
    }

    /// `db`'s `sqlite_master` equals the checked-in dump of `version`, byte for byte.
    private func assertSchema(of db: Connection, isDump version: Int64, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = SchemaCatalog.dump(try SchemaCatalog.objects(of: db))
        let url = Self.folder.appendingPathComponent("v\(version).sql")
        guard FileManager.default.fileExists(atPath: url.path) else {
            if ProcessInfo.processInfo.environment["LOYALTY_WRITE_SCHEMA_DUMPS"] == "1" {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                return
            }
            XCTFail("no schema dump for version \(version) at \(url.path): write it with `LOYALTY_WRITE_SCHEMA_DUMPS=1 swift test --filter SchemaDumpTests`, read it and commit it",
                    file: file, line: line)
            return
        }
        let dump = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, dump, "the schema of version \(version) differs from \(url.lastPathComponent): a migration that was applied must never change", file: file, line: line)
    }
}
