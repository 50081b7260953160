import Foundation
import XCTest

/// `kill -9` of `loyalty backup` while it copies leaves its hidden partial copy behind; the next
/// backup into that folder deletes every copy whose backup is gone (and its journal), so kills never
/// add up on disk.
final class KillDuringBackupTests: XCTestCase {
    func testPartialCopiesOfKilledBackupsAreDeletedByTheNextBackup() throws {
        let binary = try LoyaltyBinary()
        try binary.ok("demo", "--members", "20000")
        let kills = FaultScale.pick(ci: 3, full: 25)
        var killed = 0, tries = 0
        while killed < kills, tries < kills * 20 {
            tries += 1
            let target = binary.path("backup-\(tries).db")
            let backup = try binary.start(["backup", target])
            let partial = ".backup-\(tries).db.loyalty-partial-\(backup.pid)"
            let copying = WriteLockProbe.poll(while: backup, timeout: 30) {
                ((try? FileManager.default.attributesOfItem(atPath: binary.path(partial))[.size] as? Int) ?? 0) > 0
            }
            backup.kill9()
            backup.wait()
            if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
            guard copying, FileManager.default.fileExists(atPath: binary.path(partial)) else { continue }
            killed += 1
            XCTAssertEqual(try leftovers(binary), [partial], "only the copy of the backup killed last is left, not those killed before it")
        }
        XCTAssertEqual(killed, kills, "backups killed while copying, in \(tries) tries")

        XCTAssertTrue(try binary.ok("backup", binary.path("backup-final.db")).hasPrefix("Backed up"))
        XCTAssertEqual(try leftovers(binary), [], "the next backup deleted the last one too")
        XCTAssertTrue(try binary.ok("check", database: binary.path("backup-final.db")).hasPrefix("ok"))
    }

    /// The partial copies in the test's folder, without their SQLite journals.
    private func leftovers(_ binary: LoyaltyBinary) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: binary.directory.path)
            .filter { $0.contains(".db.loyalty-partial-") && $0.last?.isNumber == true }.sorted()
    }
}
