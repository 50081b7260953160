import CSQLite

extension Store {
    /// Sets this store up for a process that makes one short change and exits while others like it
    /// queue for the same database (`loyalty webhook`, one process per delivery):
    /// - a writer waiting for the lock tries again every millisecond (for the same 5 s at least),
    ///   instead of SQLite's growing pauses that leave the lock idle while writers sleep;
    /// - closing leaves the write-ahead log as it is, for SQLite's automatic checkpoint (every
    ///   `checkpointPages` pages written, inside a commit) or a later connection, instead of copying
    ///   it into the database file and emptying it at every exit (two more syncs and a rewritten log).
    /// Nothing is less durable: a commit is synced to the log (`synchronous = FULL`) before it returns.
    public func expectManyShortWriters(checkpointPages: Int = 200) throws {
        try db.retryEveryMillisecond(forAtLeast: 5_000)
        try db.skipCheckpointOnClose()
        try db.execute("PRAGMA wal_autocheckpoint = \(checkpointPages)")
    }
}

extension Connection {
    func retryEveryMillisecond(forAtLeast milliseconds: Int32) throws {
        let status = loyalty_sqlite_retry_every_millisecond(handle, milliseconds)
        guard status == SQLITE_OK else { throw SQLiteError(code: status, message: String(cString: sqlite3_errstr(status)), sql: nil, file: file) }
    }

    func skipCheckpointOnClose() throws {
        let status = loyalty_sqlite_no_checkpoint_on_close(handle)
        guard status == SQLITE_OK else { throw SQLiteError(code: status, message: String(cString: sqlite3_errstr(status)), sql: nil, file: file) }
    }
}
