import CSQLite

/// An error reported by SQLite, with the statement that caused it.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?

    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED }
    public var isConstraint: Bool { code & 0xFF == SQLITE_CONSTRAINT }
    public var isReadOnly: Bool { code & 0xFF == SQLITE_READONLY }
    public var isFull: Bool { code & 0xFF == SQLITE_FULL }

    public var description: String {
        if isBusy { return "the database is busy: another Loyalty process kept it locked too long; try again" }
        if isReadOnly { return "the database is read-only here: nothing was changed (\(message))" }
        if isFull { return "the disk or database is full: nothing was changed; free some space and try again" }
        if code & 0xFF == SQLITE_NOTADB || code & 0xFF == SQLITE_CORRUPT {
            return "the file is not a Loyalty database or it is damaged (\(message)); restore it from a backup"
        }
        return "database error: \(message)"
    }
}
