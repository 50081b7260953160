import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// Damaged database files: garbage bytes, a text file, an empty file, a copy cut short, a damaged
/// page, a file cut in half. No command crashes; a refusal names the file, says nothing was changed
/// and how to restore a backup, and leaves the file's bytes as they were; `check` reports SQLite's
/// findings; `loyalty restore` brings the backup back.
final class CorruptFileTests: XCTestCase {
    /// Damage SQLite notices on the first read: every command is refused.
    enum Unreadable: String, CaseIterable {
        case garbage = "random bytes"
        case text = "a text file"
        case empty = "an empty file"
        case firstPagesOnly = "a copy that stopped after two pages"
    }

    func testAFileSQLiteCannotReadIsRefusedByEveryCommandAndRestoreBringsTheBackupBack() throws {
        var random = FaultScale.generator(2)
        for damage in Unreadable.allCases {
            let binary = try LoyaltyBinary()
            let (backup, totals) = try shopWithBackup(binary)
            try self.damage(binary.database, damage, &random)
            let bytes = try fileBytes(binary.database)
            let expected = damage == .empty ? [binary.database, "is empty", "loyalty --db \(binary.database) restore"]
                : [binary.database, "nothing was changed", "loyalty --db \(binary.database) restore BACKUP --yes"]
            for command in commands(binary) {
                try assertRefused(try binary.start(command).wait(), command + ["(\(damage.rawValue))"], saying: expected,
                                  database: binary.database, bytes: bytes)
            }
            if damage != .empty {  // the dashboard starts a programme in an empty file, as in a new one
                try assertRefused(try binary.runInTerminal([]), ["(the dashboard, \(damage.rawValue))"], saying: expected,
                                  database: binary.database, bytes: bytes)
            }
            let restored = try binary.run("restore", backup, "--yes")
            XCTAssertEqual(restored.status, 0, "\(damage.rawValue): \(restored.errText)")
            XCTAssertEqual(try Totals(path: binary.database), totals, damage.rawValue)
            XCTAssertTrue(try binary.ok("check").hasPrefix("ok"), damage.rawValue)
            if damage != .empty {
                let kept = try FileManager.default.contentsOfDirectory(atPath: binary.directory.path).filter { $0.hasPrefix("loyalty.db.damaged-") && !$0.hasSuffix("-wal") }
                XCTAssertEqual(kept.count, 1, "\(damage.rawValue): the damaged file is kept beside: \(restored.errText)")
                XCTAssertEqual(try kept.first.map { try fileBytes(binary.path($0)) }, bytes, damage.rawValue)
            }
        }
    }

    func testADamagedPageIsReportedByCheckAndAWriteThatMeetsItChangesNothing() throws {
        var random = FaultScale.generator(3)
        let binary = try LoyaltyBinary()
        let (backup, totals) = try shopWithBackup(binary)
        let (ledgerRoot, pageSize) = try {
            let db = try Connection(path: binary.database, create: false)
            return (try db.scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'ledger'"), try db.scalar("PRAGMA page_size"))
        }()
        try overwrite(binary.database, at: (ledgerRoot - 1) * pageSize, count: Int(pageSize), &random)
        let bytes = try fileBytes(binary.database)

        let check = try binary.run("check")
        XCTAssertEqual(check.status, 1, check.outText)
        for fragment in ["SQLite integrity", "\(binary.database) is damaged", "loyalty --db \(binary.database) restore BACKUP --yes"] {
            XCTAssertTrue(check.errText.contains(fragment), "\"\(fragment)\" is not in: \(check.errText)")
        }
        for command in [["points", "give", "member7@example.com", "5", "--reason", "Damaged"], ["member", "activity", "customer3@example.com"]] {
            try assertRefused(try binary.start(command).wait(), command, saying: [binary.database, "nothing was changed", "restore"],
                              database: binary.database, bytes: bytes)
        }
        XCTAssertEqual(try binary.run("restore", backup, "--yes").status, 0)
        XCTAssertEqual(try Totals(path: binary.database), totals)
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"))
    }

    func testAFileCutInHalfIsReportedByCheckAndNothingCrashesOnIt() throws {
        let binary = try LoyaltyBinary()
        let (backup, totals) = try shopWithBackup(binary)
        let size = try fileBytes(binary.database).count
        XCTAssertEqual(truncate(binary.database, off_t(size / 2)), 0)
        let damaged = try fileBytes(binary.database)

        let check = try binary.run("check")
        XCTAssertEqual(check.status, 1, check.outText)
        XCTAssertTrue(check.errText.contains("loyalty --db \(binary.database) restore BACKUP --yes"), check.errText)
        for command in commands(binary) {
            let result = try binary.start(command).wait()
            XCTAssertNotNil(result.status, "loyalty \(command.joined(separator: " ")) ended with \(result.ending)")
            if result.status != 0 {  // what worked read pages that are still there; what did not must say so and change nothing
                try assertRefused(result, command, saying: [binary.database, "restore"], database: binary.database, bytes: damaged)
            }
            try damaged.write(to: URL(fileURLWithPath: binary.database))
        }
        XCTAssertEqual(try binary.run("restore", backup, "--yes").status, 0)
        XCTAssertEqual(try Totals(path: binary.database), totals)
    }

    // MARK: - Set-up

    /// Commands that read and write, each refused by a database SQLite cannot read.
    private func commands(_ binary: LoyaltyBinary) -> [[String]] {
        let events = binary.path("events.csv")
        try? "kind,email,external_id\nreview,member1@example.com,r-1\n".write(toFile: events, atomically: true, encoding: .utf8)
        return [["stats"], ["member", "list"], ["member", "show", "member1@example.com"], ["points", "give", "member1@example.com", "5", "--reason", "Hi"],
                ["import", "events", events], ["program", "pause"], ["daily"], ["backup", binary.path("copy.db")], ["check"]]
    }

    /// A programme with 200 members and 1,500 imported orders in the binary's database (its WAL
    /// folded into the file), a backup of it made with `loyalty backup`, and its totals.
    private func shopWithBackup(_ binary: LoyaltyBinary) throws -> (backup: String, totals: Totals) {
        do {
            let store = try FaultShop.create(at: binary.database, members: 200)
            _ = try store.importFile(.bytes(Array(wooOrders(1...1_500, customers: 300).utf8)), format: .woocommerce, file: "orders.jsonl")
        }
        let backup = binary.path("backup.db")
        try binary.ok("backup", backup)
        XCTAssertEqual((try? FileManager.default.attributesOfItem(atPath: binary.database + "-wal"))?[.size] as? Int ?? 0, 0, "the WAL is folded in when the last connection closes")
        return (backup, try Totals(path: binary.database))
    }

    private func damage(_ path: String, _ damage: Unreadable, _ random: inout SeededGenerator) throws {
        let data: Data
        switch damage {
        case .garbage: data = Data((0..<16_384).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        case .text: data = Data(String(repeating: "kind,email,external_id\nreview,zoe@example.com,17\n", count: 100).utf8)
        case .empty: data = Data()
        case .firstPagesOnly: data = try fileBytes(path).prefix(8_192)
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Writes `count` random bytes over the file from `offset`.
    private func overwrite(_ path: String, at offset: Int64, count: Int, _ random: inout SeededGenerator) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
    }
}
