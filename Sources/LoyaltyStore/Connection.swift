import CSQLite
import Foundation

/// A value bound to or read from an SQL statement.
public enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case text(String)
}

/// Types that can be bound to a statement parameter.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One row of a result, read by column index.
public struct Row {
    let statement: OpaquePointer

    public func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    public func optionalInt(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }
    public func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(statement, column) else { return "" }
        return String(cString: pointer)
    }
    public func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(column)
    }
    public func bool(_ column: Int32) -> Bool { int(column) != 0 }
}

/// An open SQLite connection with a cache of prepared statements. Not shared between threads.
public final class Connection {
    let handle: OpaquePointer
    /// The database file, or nil for an in-memory database; errors name it.
    let file: String?
    private var statements: [StatementKey: OpaquePointer] = [:]

    /// SQLite's process-wide settings, made once before the first connection opens.
    private static let configured: Void = { _ = loyalty_sqlite_skip_memory_statistics() }()

    /// Opens (and with `create`, creates) the database at `path`; ":memory:" for a private in-memory one.
    /// `immutable` (read-only only) tells SQLite the file cannot change: no locks, no `-shm`.
    public init(path: String, readOnly: Bool = false, create: Bool = true, immutable: Bool = false) throws {
        Connection.configured
        var pointer: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        flags |= readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
        var name = path
        if immutable && readOnly {
            flags |= SQLITE_OPEN_URI
            name = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? path) + "?immutable=1"
        }
        let status = sqlite3_open_v2(name, &pointer, flags, nil)
        guard status == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let pointer { sqlite3_close_v2(pointer) }
            throw SQLiteError(code: status, message: message, sql: nil, file: path)
        }
        handle = pointer
        file = path == ":memory:" || path.isEmpty ? nil : path
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without parameters (schema, pragmas).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: status, message: message, sql: sql, file: file)
        }
    }

    /// Runs a statement with bound parameters; returns the number of rows changed.
    @discardableResult
    public func run(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int {
        try withStatement(sql, arguments) { statement in
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw error(status, sql) }
        }
        return Int(sqlite3_changes(handle))
    }

    /// Calls `body` for each row of a query.
    public func query(_ sql: String, _ arguments: [any SQLBindable] = [], _ body: (Row) throws -> Void) throws {
        try withStatement(sql, arguments) { statement in
            while true {
                let status = sqlite3_step(statement)
                if status == SQLITE_DONE { return }
                guard status == SQLITE_ROW else { throw error(status, sql) }
                try body(Row(statement: statement))
            }
        }
    }

    /// The rows of a query, each turned into a value by `transform`.
    public func all<T>(_ sql: String, _ arguments: [any SQLBindable] = [], _ transform: (Row) throws -> T) throws -> [T] {
        var results: [T] = []
        try query(sql, arguments) { results.append(try transform($0)) }
        return results
    }

    /// The first row of a query turned into a value, or nil when there is none.
    public func one<T>(_ sql: String, _ arguments: [any SQLBindable] = [], _ transform: (Row) throws -> T) throws -> T? {
        var result: T?
        try withStatement(sql, arguments) { statement in
            let status = sqlite3_step(statement)
            if status == SQLITE_ROW { result = try transform(Row(statement: statement)) }
            else if status != SQLITE_DONE { throw error(status, sql) }
        }
        return result
    }

    /// A single integer (e.g. a count); 0 when the query returns no row or NULL.
    public func scalar(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int64 {
        try one(sql, arguments) { $0.optionalInt(0) }.flatMap { $0 } ?? 0
    }

    /// A statement prepared once for writing many rows, so a bulk writer skips the cache lookup.
    public func statement(_ sql: String) throws -> Statement {
        Statement(connection: self, sql: sql, handle: try prepared(sql))
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` inside an open transaction as one step that is undone whole if it throws
    /// (`SAVEPOINT` … `RELEASE`, or `ROLLBACK TO` it).
    func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT step")
        do {
            let result = try body()
            try execute("RELEASE step")
            return result
        } catch {
            try? execute("ROLLBACK TO step")
            try? execute("RELEASE step")
            throw error
        }
    }

    /// Rows changed through this connection since it opened; a difference means this process wrote.
    public var totalChanges: Int64 { Int64(sqlite3_total_changes64(handle)) }

    /// Changes made by other connections since this counter was last read (`PRAGMA data_version`).
    public func dataVersion() throws -> Int64 { try scalar("PRAGMA data_version") }

    private var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    fileprivate func error(_ status: Int32, _ sql: String) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle), message: lastMessage, sql: sql, file: file)
    }

    private func withStatement<T>(_ sql: String, _ arguments: [any SQLBindable], _ body: (OpaquePointer) throws -> T) throws -> T {
        try withStatement(try prepared(sql), sql, arguments, body)
    }

    fileprivate func withStatement<T>(_ statement: OpaquePointer, _ sql: String, _ arguments: [any SQLBindable],
                                      _ body: (OpaquePointer) throws -> T) throws -> T {
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch argument.sqlValue {
            case .null: status = sqlite3_bind_null(statement, index)
            case .integer(let value): status = sqlite3_bind_int64(statement, index, value)
            case .text(let value): status = sqlite3_bind_text(statement, index, value, -1, loyalty_sqlite_transient())
            }
            guard status == SQLITE_OK else { throw error(status, sql) }
        }
        return try body(statement)
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let cached = statements[StatementKey(sql: sql)] { return cached }
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status, sql) }
        statements[StatementKey(sql: sql)] = statement
        return statement
    }
}

/// An SQL text as the key of the statement cache, hashed by its length and its first and last 32
/// bytes only: an import looks the same few statements up millions of times, and hashing each whole
/// text (some are 300 bytes) every time was a noticeable part of running them. Equality still compares
/// the whole text.
private struct StatementKey: Hashable {
    let sql: String

    static func == (a: StatementKey, b: StatementKey) -> Bool { a.sql == b.sql }

    func hash(into hasher: inout Hasher) {
        let utf8 = sql.utf8
        hasher.combine(utf8.count)
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(32))))
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(32))))
        }
    }
}

/// A prepared statement owned by its connection's cache; `run` binds, steps and resets it.
public struct Statement {
    let connection: Connection
    let sql: String
    let handle: OpaquePointer

    /// Runs the statement once with these parameters.
    public func run(_ arguments: [any SQLBindable]) throws {
        try connection.withStatement(handle, sql, arguments) { statement in
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw connection.error(status, sql) }
        }
    }
}
