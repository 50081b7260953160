import CSQLite
import Foundation
import LoyaltyCore

/// What lets several OS users share one database file (`loyalty help user`): SQLite's `-wal` and `-shm`
/// files beside it must be readable and writable by the same people as the database itself.
///
/// SQLite creates them with the database file's mode but the creating user's group, and deletes them
/// when the last connection closes. So a staff member who opened the database first used to leave
/// files in their own group that locked the owner out, and a viewer with read permission only could
/// not read at all, as reading a WAL database needs those files and only someone who may write the
/// folder can create them. Loyalty therefore keeps the two files when it closes (emptied: nothing of
/// the data stays in the WAL), and gives the ones it created the database file's group and mode.
enum SharedDatabaseFiles {
    static let suffixes = ["-wal", "-shm"]
    /// The WAL is emptied to this size when it is reset, and to nothing when the last connection closes.
    static let walSizeLimit = 64 << 20
    /// Linux's `O_PATH` and `AT_EMPTY_PATH` (x86-64 and arm64), which Swift's Glibc module leaves out.
    private static let pathOnly: Int32 = 0o10_000_000, emptyPath: Int32 = 0x1000

    /// Makes `db` keep the `-wal` and `-shm` files when it closes, the WAL truncated to nothing.
    static func keepOnClose(_ db: Connection) throws {
        try db.keepWALFilesOnClose()
        try db.execute("PRAGMA journal_size_limit = \(walSizeLimit)")
    }

    /// Gives the `-wal` and `-shm` files of the database at `path` that this process owns (root: all
    /// of them) the database file's group and permission bits, and owner when run as root. Files
    /// owned by others are left alone: their owners' runs do the same.
    ///
    /// The files are reached through `O_PATH` descriptors: closing an ordinary descriptor of a file
    /// would drop every POSIX lock this process holds on it, SQLite's included.
    static func matchDatabaseFile(_ path: String) {
        var database = stat()
        guard stat(path, &database) == 0 else { return }
        let root = geteuid() == 0
        for suffix in suffixes {
            let descriptor = open(path + suffix, pathOnly | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var file = stat()
            guard fstat(descriptor, &file) == 0, file.st_mode & S_IFMT == S_IFREG, root || file.st_uid == geteuid() else { continue }
            if file.st_gid != database.st_gid || (root && file.st_uid != database.st_uid) {
                _ = fchownat(descriptor, "", root ? database.st_uid : uid_t.max, database.st_gid, emptyPath)
            }
            let mode = database.st_mode & 0o666
            if file.st_mode & 0o7777 != mode { _ = chmod("/proc/self/fd/\(descriptor)", mode) }
        }
    }
}

extension SharedDatabaseFiles {
    /// When `error` came from opening a database whose `-shm` is missing and whose directory this user
    /// may not write (a viewer with read permission only), what happened and what to do instead of
    /// SQLite's "attempt to write a readonly database"; else `error` itself.
    static func explain(_ error: Error, opening path: String) -> Error {
        guard let failure = error as? SQLiteError, failure.isReadOnly || failure.code & 0xFF == SQLITE_CANTOPEN,
              access(path + "-shm", F_OK) != 0 else { return error }
        let directory = (path as NSString).deletingLastPathComponent
        guard access(directory.isEmpty ? "." : directory, W_OK) != 0 else { return error }
        return LoyaltyError.database(.sharedFilesMissing(path: path))
    }
}

extension Connection {
    /// `SQLITE_FCNTL_PERSIST_WAL`: the `-wal` and `-shm` files stay when this connection closes last.
    func keepWALFilesOnClose() throws {
        var keep: Int32 = 1
        let status = sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &keep)
        guard status == SQLITE_OK else { throw SQLiteError(code: status, message: String(cString: sqlite3_errstr(status)), sql: nil, file: file) }
    }
}
