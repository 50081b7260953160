import Foundation
import LoyaltyCore

/// Files Loyalty writes for its user (exports, reject lists, pages, backups, spool and log files).
///
/// Each is created new (`O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC`): a file or a symbolic link
/// already at the name, left by a crashed run or planted by another user in a shared folder, is
/// refused and never written through, so nobody can make Loyalty write personal data into their
/// file or overwrite someone else's. The mode is set on the open descriptor (0600 unless a caller
/// has a reason), whatever the umask.
public enum PrivateFile {
    /// Creates `path` for writing (and reading, when `readable`); refuses anything already there.
    /// Returns the open descriptor.
    public static func create(_ path: String, mode: mode_t = 0o600, readable: Bool = false) throws -> Int32 {
        let descriptor = open(path, O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | (readable ? O_RDWR : O_WRONLY), mode)
        guard descriptor >= 0 else { throw refusal(path, errno: errno) }
        if fchmod(descriptor, mode) != 0 {
            let code = errno
            close(descriptor)
            unlink(path)
            throw refusal(path, errno: code)
        }
        return descriptor
    }

    /// `.NAME<marker>PID` beside `path` (by default `.NAME.tmp-PID`): where a file is written before
    /// it is renamed into place.
    public static func temporaryPath(beside path: String, marker: String = ".tmp-") -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return (directory.isEmpty ? "" : directory + "/") + ".\(name)\(marker)\(getpid())"
    }

    /// Writes `data` to a new temporary file beside `path`, flushes it and renames it over `path`, so
    /// `path` holds either the old content or all of the new, and a link at `path` is replaced, not
    /// followed.
    public static func replace(_ path: String, with data: Data, mode: mode_t = 0o600) throws {
        let temporary = temporaryPath(beside: path)
        let descriptor = try create(temporary, mode: mode)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporary)
            throw LoyaltyError.invalid("cannot write \(temporary): \(error.localizedDescription); \(path) was left as it was")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw LoyaltyError.invalid("cannot move \(temporary) into place at \(path): \(reason); \(path) was left as it was")
        }
    }

    private static func refusal(_ path: String, errno code: Int32) -> LoyaltyError {
        if code == EEXIST || code == ELOOP {
            return .refused("cannot create \(path): a file or link is already there (left by a crashed run, or put there by someone else); nothing was written to it. Check what it is, remove it, and run again")
        }
        return .invalid("cannot create \(path): \(String(cString: strerror(code)))")
    }
}
