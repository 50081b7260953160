import CSQLite
import Foundation
import LoyaltyCore

/// What a restore did: the backup's schema version, and where a damaged database file it replaced was kept.
public struct RestoreOutcome: Sendable, Equatable {
    public let version: Int64
    /// The database file SQLite could not read, renamed aside; nil when the backup was copied into it.
    public let damagedFileKeptAs: String?
}

/// How far a backup or restore has come, in database pages.
public struct BackupProgress: Sendable, Equatable {
    public let copied: Int
    public let total: Int
}

extension Store {
    /// Copies the whole database to a new file at `path` with SQLite's online backup API, a few pages
    /// per step. One read transaction is held for the whole copy, so the copy is the database as it was
    /// when the backup began, however much other processes write meanwhile (WAL lets them go on).
    /// The copy is written to a private (0600) `PartialBackup` beside `path`, flushed, and renamed into
    /// place, so `path` never holds half a backup, and a killed backup's copy is deleted by the next
    /// one. Refuses to overwrite an existing file.
    /// `afterStep` is called after each step (progress bars; tests write between steps).
    public func backup(to path: String, pagesPerStep: Int32 = 256, afterStep: (BackupProgress) throws -> Void = { _ in }) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw LoyaltyError.refused("\(path) exists already; choose a new file name for the backup (nothing was written)")
        }
        let partial = try PartialBackup(for: path)
        do {
            try db.execute("BEGIN DEFERRED")
            defer { try? db.execute("COMMIT") }
            _ = try db.scalar("SELECT count(*) FROM sqlite_schema")   // starts the read snapshot now
            let destination = try Connection(path: partial.path)
            try Store.copy(from: db, to: destination, pagesPerStep: pagesPerStep, afterStep: afterStep)
            try partial.finish(as: path)
        } catch {
            partial.discard()
            throw error
        }
    }

    /// Replaces the database at `databasePath` with the backup at `backupPath`, after proving the
    /// backup is a Loyalty database of a schema this build knows that passes every one of
    /// `backupChecks` (the exact schema of its version, integrity, references, safe file names).
    /// The pages are copied with the backup API into the live database in one write transaction:
    /// other processes that have it open wait for it and then see the restored data, and a crash
    /// mid-way leaves the old database whole (SQLite's journal rolls it back). An older schema is
    /// migrated when the database is next opened.
    ///
    /// A database file SQLite cannot read at all (garbage, cut short, not a database) cannot be
    /// copied into, and nothing can be using it: it is renamed aside (`PATH.damaged-<time>`, kept
    /// for whoever wants to look at it) and the backup is written in its place.
    @discardableResult
    public static func restore(from backupPath: String, to databasePath: String) throws -> RestoreOutcome {
        guard FileManager.default.fileExists(atPath: backupPath) else {
            throw LoyaltyError.notFound("no backup file at \(backupPath)")
        }
        if let a = try? FileManager.default.attributesOfItem(atPath: backupPath)[.systemFileNumber] as? Int,
           let b = try? FileManager.default.attributesOfItem(atPath: databasePath)[.systemFileNumber] as? Int, a == b {
            throw LoyaltyError.refused("\(backupPath) is the database itself; nothing to restore")
        }
        let source = try Connection(path: backupPath, readOnly: true, create: false)
        let version = try validateBackup(source, path: backupPath)
        let erased = ErasedMembers(inDatabaseAt: databasePath)
        try preparePrivateFile(databasePath, create: true)
        do {
            try copy(from: source, into: databasePath)
            try erased.reapply(toDatabaseAt: databasePath)
            return RestoreOutcome(version: version, damagedFileKeptAs: nil)
        } catch let error as SQLiteError where error.isDamaged {
            let aside = "\(databasePath).damaged-\(Int(Date().timeIntervalSince1970))"
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: databasePath + suffix) {
                guard rename(databasePath + suffix, aside + suffix) == 0 else {
                    throw LoyaltyError.invalid("\(databasePath) is damaged and cannot be moved aside to \(aside + suffix): \(String(cString: strerror(errno))); nothing was restored")
                }
            }
            unlink(databasePath + "-shm")
            try preparePrivateFile(databasePath, create: true)
            try copy(from: source, into: databasePath)
            try erased.reapply(toDatabaseAt: databasePath)
            return RestoreOutcome(version: version, damagedFileKeptAs: aside)
        }
    }

    /// Copies every page of `source` into the database at `path`, in one write transaction.
    private static func copy(from source: Connection, into path: String) throws {
        let destination = try Connection(path: path)
        try destination.execute("PRAGMA busy_timeout = 5000")
        try copy(from: source, to: destination, pagesPerStep: -1, afterStep: { _ in })
    }

    /// Runs `sqlite3_backup_step` until done, retrying while the destination is busy.
    static func copy(from source: Connection, to destination: Connection, pagesPerStep: Int32, afterStep: (BackupProgress) throws -> Void) throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", source.handle, "main") else {
            throw SQLiteError(code: sqlite3_extended_errcode(destination.handle), message: String(cString: sqlite3_errmsg(destination.handle)), sql: nil,
                              file: destination.file)
        }
        var status: Int32 = SQLITE_OK
        var busyRetries = 0
        repeat {
            status = sqlite3_backup_step(backup, pagesPerStep)
            if status == SQLITE_BUSY || status == SQLITE_LOCKED {
                busyRetries += 1
                if busyRetries > 500 { break }
                sqlite3_sleep(10)
                continue
            }
            if status == SQLITE_OK || status == SQLITE_DONE {
                try afterStep(BackupProgress(copied: Int(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup)),
                                             total: Int(sqlite3_backup_pagecount(backup))))
            }
        } while status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard status == SQLITE_DONE, finish == SQLITE_OK else {
            let code = status == SQLITE_DONE ? finish : status
            throw SQLiteError(code: code, message: String(cString: sqlite3_errstr(code)), sql: nil, file: destination.file)
        }
    }
}
