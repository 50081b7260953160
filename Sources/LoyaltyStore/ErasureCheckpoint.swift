import Foundation

/// What the database's files may still hold of an erased person once the erasure is committed.
///
/// SQLite in WAL mode writes a change to the write-ahead log (`PATH-wal`) first; the database file
/// keeps the old versions of the changed pages until a checkpoint copies the new ones over them, and
/// the log keeps earlier versions of pages (which held the person's details) until it is emptied.
public enum ErasureFiles: Equatable, Sendable {
    /// Not looked at yet (the erasure is not committed).
    case notChecked
    /// A database in memory: there are no files.
    case inMemory
    /// Checked: the log was copied into the database file and truncated to 0 bytes; the old pages
    /// are overwritten (and freed ones zeroed: `secure_delete`), so neither file holds the person.
    case clean
    /// Another connection kept reading an older snapshot for more than the 5 s waited, so the
    /// checkpoint could not finish: the log's `logPages` pages (of which `notCopied` are not yet in
    /// the database file) still hold the person's details as they were before the erasure, and the
    /// database file keeps the old versions of the pages not yet copied. They go when that reader has
    /// finished and a checkpoint runs: when the last connection to the database closes (quitting the
    /// dashboard), at SQLite's automatic checkpoint (after about 1,000 more pages are written; it
    /// overwrites the database's pages, while the log's old pages stay until it is reused or
    /// removed), or at the next erasure.
    case waitingForReaders(logPages: Int, notCopied: Int)
}

extension Store {
    /// Copies the write-ahead log into the database file and truncates it (`wal_checkpoint(TRUNCATE)`,
    /// waiting up to the busy timeout for other connections' reads to finish), then checks the log
    /// is empty.
    func checkpointAfterErasure() throws -> ErasureFiles {
        guard path != ":memory:" else { return .inMemory }
        guard let result = try db.one("PRAGMA wal_checkpoint(TRUNCATE)", [], { (busy: $0.int(0), log: $0.int(1), copied: $0.int(2)) }) else { return .clean }
        let logSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if result.busy == 0, logSize == 0 { return .clean }
        return .waitingForReaders(logPages: Int(max(result.log, 0)), notCopied: Int(max(result.log - result.copied, 0)))
    }
}
