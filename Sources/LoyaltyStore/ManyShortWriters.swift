import CSQLite

extension Store {
    /// Sets this store up for a process that makes one short change and exits while others like it
    /// queue for the same database (`loyalty webhook`, one process per delivery): a writer waiting
    /// for the lock tries again every millisecond (for the same 5 s at least), instead of SQLite's
    /// growing pauses (1, 2, 5, 10 … 100 ms) that leave the lock idle while the writers sleep.
    ///
    /// The write-ahead log is still copied into the database and emptied when the last connection
    /// closes: leaving it for later makes each new process, the first connection again, rebuild the
    /// log's index from the whole log, which grows because that index's record of what was copied
    /// is lost with it (measured: a delivery took half as long again).
    public func expectManyShortWriters() throws {
        try db.retryEveryMillisecond(forAtLeast: 5_000)
    }
}

extension Connection {
    func retryEveryMillisecond(forAtLeast milliseconds: Int32) throws {
        let status = loyalty_sqlite_retry_every_millisecond(handle, milliseconds)
        guard status == SQLITE_OK else { throw SQLiteError(code: status, message: String(cString: sqlite3_errstr(status)), sql: nil, file: file) }
    }
}
