import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Clearing the partial copies of killed backups never touches a backup that is still running.
final class PartialBackupTests: XCTestCase {
    func testABackupStillCopyingKeepsItsPartialCopyWhenAnotherBackupClearsTheFolder() throws {
        let directory = try temporaryDirectory()
        let store = try Store(path: directory.appendingPathComponent("loyalty.db").path, actor: "tester")
        for n in 0..<200 { _ = try store.addMember(MemberDetails(name: "M\(n)", email: "m\(n)@example.com")) }
        let target = directory.appendingPathComponent("backup.db").path
        var seen = 0
        try store.backup(to: target, pagesPerStep: 1) { _ in
            PartialBackup.removeAbandoned(besideBackup: directory.appendingPathComponent("other.db").path)
            if FileManager.default.fileExists(atPath: PartialBackup.path(beside: target)) { seen += 1 }
        }
        XCTAssertGreaterThan(seen, 5, "the running backup's copy stayed through every step")
        XCTAssertEqual(try Store(path: target, create: false, actor: "tester").check(), [])
    }
}
