import Foundation
import LoyaltyCore

/// The copy a backup writes before renaming it into place: a hidden private (0600) file beside the
/// backup, `.NAME.loyalty-partial-PID`, which the writing process keeps locked (`flock`) while it
/// exists. A backup killed midway leaves it behind, unlocked: the next backup into the same folder
/// deletes every such copy that no live process holds, with its SQLite journal.
struct PartialBackup {
    /// Marks a partial copy's name.
    static let marker = ".loyalty-partial-"
    private static let sqliteCompanions = ["-journal", "-wal", "-shm"]

    let path: String
    private let descriptor: Int32

    /// The name of a backup's partial copy while it is written: `.NAME.loyalty-partial-PID` beside `destination`.
    static func path(beside destination: String) -> String {
        PrivateFile.temporaryPath(beside: destination, marker: marker)
    }

    /// Removes the partial copies abandoned beside `destination`, then creates and locks a new one.
    init(for destination: String) throws {
        PartialBackup.removeAbandoned(besideBackup: destination)
        path = PartialBackup.path(beside: destination)
        descriptor = open(path, O_CREAT | O_RDWR | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LoyaltyError.invalid("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        flock(descriptor, LOCK_EX)
    }

    /// Flushes the copy to disk and renames it to `destination`.
    func finish(as destination: String) throws {
        fsync(descriptor)
        guard rename(path, destination) == 0 else {
            throw LoyaltyError.invalid("cannot move the backup into place at \(destination): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
    }

    /// Deletes the copy (a backup that failed).
    func discard() {
        for suffix in [""] + Self.sqliteCompanions { unlink(path + suffix) }
        close(descriptor)
    }

    /// Deletes each partial copy in `destination`'s folder whose writer is gone (nobody holds its lock).
    static func removeAbandoned(besideBackup destination: String) {
        let folder = (destination as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") && isPartialCopy(name) {
            let copy = directory + "/" + name
            let descriptor = open(copy, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }   // its backup is still running
            for suffix in [""] + sqliteCompanions { unlink(copy + suffix) }
        }
    }

    /// Whether `name` is a partial copy (`….loyalty-partial-` and digits), not its journal.
    private static func isPartialCopy(_ name: String) -> Bool {
        guard let range = name.range(of: marker, options: .backwards) else { return false }
        let pid = name[range.upperBound...]
        return !pid.isEmpty && pid.allSatisfy(\.isASCIIDigit)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
