import CSQLite

/// An error reported by SQLite, with the statement that caused it and the database file. Its
/// `description` is what the CLI and the dashboard show: for the errors a person can do something
/// about (busy, read-only, full, damaged) it says what happened to which file, that nothing was
/// changed (the transaction was rolled back), and what to do; SQLite's own words come last.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?
    /// The database file, or nil for an in-memory database.
    public let file: String?

    public init(code: Int32, message: String, sql: String?, file: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.file = file
    }

    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED }
    public var isConstraint: Bool { code & 0xFF == SQLITE_CONSTRAINT }
    public var isReadOnly: Bool { code & 0xFF == SQLITE_READONLY }
    public var isFull: Bool { code & 0xFF == SQLITE_FULL }
    /// The file is not an SQLite database, or pages of it are damaged.
    public var isDamaged: Bool { code & 0xFF == SQLITE_NOTADB || code & 0xFF == SQLITE_CORRUPT }

    public var description: String {
        let database = file.map { "the database \($0)" } ?? "the database"
        if isBusy {
            return "\(database) is busy with another change (an import?): nothing was changed; try again in a moment"
        }
        if isReadOnly {
            return "\(database) is read-only here (no write access to the file or its folder, or opened for viewing only): nothing was changed (\(message))"
        }
        if isFull {
            return "the disk or \(database) is full: nothing was changed; free some space and try again (\(message))"
        }
        if isDamaged {
            return "\(file ?? "the database") is not a Loyalty database, or it is damaged (\(message)): nothing was changed"
        }
        return "database error in \(file ?? "the database"): \(message)"
    }
}
