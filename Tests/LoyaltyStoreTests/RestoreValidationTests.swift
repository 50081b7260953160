import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// `restore` accepts only a backup Loyalty wrote: the exact schema of its version (every trigger,
/// index and constraint) and values that stay inside their folder as file names. A refused backup
/// leaves the database byte for byte as it was.
final class RestoreValidationTests: XCTestCase {
    /// A database with Zoë (100 points) at `directory/loyalty.db`, closed, and a backup of it at `directory/backup.db`.
    private func databaseAndBackup() throws -> (database: String, backup: String) {
        let directory = try temporaryDirectory()
        let database = directory.appendingPathComponent("loyalty.db").path, backup = directory.appendingPathComponent("backup.db").path
        do {
            let store = try Store(path: database, actor: "tester")
            try store.updateProgram(ProgramUpdate(name: "Café Zoë"))
            _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
            _ = try store.give(email: "zoe@example.com", points: 100, reason: "Welcome gift")
            try store.backup(to: backup)
        }
        return (database, backup)
    }

    /// Restoring the backup after `tamper` ran on it is refused with a message containing `fragment`;
    /// the database is unchanged.
    private func assertRefused(after tamper: String, saying fragment: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (database, backup) = try databaseAndBackup()
        try Connection(path: backup).execute(tamper)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let message = errorMessage { try Store.restore(from: backup, to: database) }
        XCTAssertTrue(message.contains(fragment), message, file: file, line: line)
        XCTAssertTrue(message.hasSuffix("nothing was restored"), message, file: file, line: line)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: database)), before, "the database is byte for byte as it was", file: file, line: line)
        XCTAssertEqual(try Store(path: database, create: false, actor: "tester").check(), [], file: file, line: line)
    }

    func testABackupWhoseAppendOnlyTriggerWasDroppedIsRefused() throws {
        try assertRefused(after: "DROP TRIGGER audit_log_is_append_only_delete",
                          saying: "is not a backup Loyalty wrote: its schema differs from Loyalty's schema \(currentSchemaVersion) (trigger audit_log_is_append_only_delete on audit_log is missing)")
    }

    func testABackupWhoseTriggerWasRewrittenIsRefused() throws {
        try assertRefused(after: """
            DROP TRIGGER ledger_is_append_only_delete;
            CREATE TRIGGER ledger_is_append_only_delete BEFORE DELETE ON ledger WHEN 0
            BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead'); END;
            """, saying: "trigger ledger_is_append_only_delete on ledger was changed")
    }

    func testABackupWithAnExtraTriggerIsRefused() throws {
        try assertRefused(after: "CREATE TRIGGER promote AFTER INSERT ON ledger BEGIN UPDATE users SET role = 'owner'; END;",
                          saying: "trigger promote on ledger was added")
    }

    func testABackupWithAnIndexDroppedIsRefused() throws {
        try assertRefused(after: "DROP INDEX ledger_by_member", saying: "index ledger_by_member on ledger is missing")
    }

    func testABackupWithRowsOfAMissingMemberIsRefusedNamingTheFirstThree() throws {
        try assertRefused(after: "PRAGMA foreign_keys = OFF; DELETE FROM members", saying: """
            is inconsistent (audit_log row 3 points at a missing members; audit_log row 4 points at a missing members; \
            events row 0 points at a missing members); nothing was restored
            """)
    }

    func testABackupWithAReferralCodeThatLeavesItsFolderIsRefused() throws {
        try assertRefused(after: "UPDATE members SET referral_code = '../../x' WHERE email = 'zoe@example.com'",
                          saying: "the referral code of member 1 is \"../../x\", which cannot be a file name")
    }

    func testAGenuineBackupOfEveryEarlierSchemaRestoresAndMigrates() throws {
        let directory = try temporaryDirectory()
        let database = directory.appendingPathComponent("loyalty.db").path
        _ = try Store(path: database, actor: "tester")
        for version in migrations.map(\.version) {
            let backup = directory.appendingPathComponent("v\(version).db").path
            let db = try Connection(path: backup)
            try migrate(db, from: 0, upTo: version, now: 1_735_689_600)
            try db.run("INSERT INTO members(name, email, status, referral_code, tier_id, joined_at) VALUES ('Zoë', 'zoe@example.com', 'member', 'ZOEREF01', 1, 1735689600)")
            XCTAssertEqual(try Store.restore(from: backup, to: database).version, version)
            let store = try Store(path: database, create: false, actor: "tester")
            XCTAssertEqual(try store.member(email: "zoe@example.com").name, "Zoë", "schema \(version)")
            XCTAssertEqual(try store.check(), [], "schema \(version)")
        }
    }
}
