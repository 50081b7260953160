import Foundation
import XCTest

/// A database on a file system mounted read-only (a backup disk, a snapshot), as a bind mount
/// remounted read-only: reads work, writes say the database is read-only and why, and nothing
/// says "unable to open database file". Needs root to mount.
final class ReadOnlyFileSystemTests: XCTestCase {
    private var mountPoint: String?
    /// Kept until the file system is unmounted, so its directory is removed only then.
    private var binary: LoyaltyBinary?

    override func tearDown() {
        if let mountPoint { _ = shell("umount \(mountPoint)") }
        binary = nil
    }

    private func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `source` seen read-only at a new mount point; skips when this is not root or mounting fails.
    private func mountReadOnly(_ source: String, at target: String) throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root to mount a read-only file system") }
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        guard shell("mount --bind \(source) \(target)") == 0 else { throw XCTSkip("cannot bind-mount here (no mount permission)") }
        mountPoint = target
        guard shell("mount -o remount,ro,bind \(target)") == 0 else { throw XCTSkip("cannot remount \(target) read-only here") }
    }

    func testABackupOnAReadOnlyFileSystemIsReadAndWritesSayTheFileSystemIsReadOnly() throws {
        let binary = try LoyaltyBinary()
        self.binary = binary
        _ = try FaultShop.create(at: binary.database, members: 3).give(email: "member1@example.com", points: 40, reason: "Welcome")
        let disk = binary.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        try binary.ok("backup", disk + "/loyalty-backup.db")
        try mountReadOnly(disk, at: binary.path("mounted"))
        let database = binary.path("mounted") + "/loyalty-backup.db"
        let bytes = try fileBytes(database)

        XCTAssertTrue(try binary.ok("member", "show", "member1@example.com", database: database).contains("40 Stars"))
        XCTAssertTrue(try binary.ok("check", database: database).hasPrefix("ok"))
        for command in [["points", "give", "member1@example.com", "5", "--reason", "Locked"], ["member", "add", "--email", "zoe@example.com"], ["program", "pause"]] {
            try assertRefused(try binary.start(command, database: database).wait(), command,
                              saying: ["the database \(database) is read-only here (its file system is mounted read-only)", "nothing was changed"],
                              database: database, bytes: bytes)
        }
    }
}
