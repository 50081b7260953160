import Foundation

/// A database on a file system mounted read-only (a backup disk, a snapshot): nobody can change
/// it, so it is opened for reading only, and, when its WAL holds nothing, as immutable. SQLite
/// then needs no `-shm` file, which could not be created there.
enum ReadOnlyFileSystem {
    /// Whether the file system holding `path` is mounted read-only.
    static func holds(_ path: String) -> Bool {
        var info = statvfs()
        return statvfs(path, &info) == 0 && info.f_flag & UInt(ST_RDONLY) != 0
    }

    /// Whether the database at `path` can be read from its file alone: no `-wal` file, or an empty one.
    static func fileAloneIsWhole(_ path: String) -> Bool {
        var wal = stat()
        return stat(path + "-wal", &wal) != 0 || wal.st_size == 0
    }
}
