import Foundation
import LoyaltyCore

/// One object of a database's schema as `sqlite_master` lists it: a table, index, trigger or view
/// with the exact SQL that created it (nil for the indexes SQLite makes itself).
struct SchemaObject: Hashable, Comparable, Sendable {
    let type: String
    let name: String
    let table: String
    let sql: String?

    static func < (a: SchemaObject, b: SchemaObject) -> Bool {
        (a.type, a.name, a.table, a.sql ?? "") < (b.type, b.name, b.table, b.sql ?? "")
    }

    /// The object as refusals name it: "trigger ledger_balance_chain on ledger".
    var label: SchemaObjectName { SchemaObjectName(type: type, name: name, table: table) }
}

/// The exact schema of each version Loyalty ever wrote, and comparisons with a database's schema.
/// The schema of version N is what the frozen migrations 1…N create in an empty database; a file
/// that says it is version N must hold exactly that (every table, column, constraint, index and
/// trigger, in the same words), or it is not a database Loyalty wrote.
enum SchemaCatalog {
    /// The schema objects of `db`, sorted; without the query planner's statistics tables that
    /// `ANALYZE` adds (`sqlite_stat1`, `sqlite_stat4`), which hold no data and change no rule.
    static func objects(of db: Connection) throws -> [SchemaObject] {
        try db.all("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))") {
            SchemaObject(type: $0.text(0), name: $0.text(1), table: $0.text(2), sql: $0.optionalText(3))
        }.sorted()
    }

    /// The schema of `version` (1 … current), built once per process from the frozen migrations.
    static func expected(version: Int64) throws -> [SchemaObject] {
        try cache.schema(version) {
            let db = try Connection(path: ":memory:")
            try migrate(db, from: 0, upTo: version, now: 0)
            return try objects(of: db)
        }
    }

    /// How `found` differs from `expected`, one line per object (at most `limit` lines): what is
    /// missing, what is extra, what was changed.
    static func differences(_ found: [SchemaObject], from expected: [SchemaObject], limit: Int = 3) -> [SchemaDifference] {
        let foundByKey = Dictionary(found.map { ("\($0.type) \($0.name)", $0) }, uniquingKeysWith: { a, _ in a })
        let expectedByKey = Dictionary(expected.map { ("\($0.type) \($0.name)", $0) }, uniquingKeysWith: { a, _ in a })
        var lines: [SchemaDifference] = []
        for object in expected {
            guard let other = foundByKey["\(object.type) \(object.name)"] else { lines.append(.missing(object.label)); continue }
            if other != object { lines.append(.changed(object.label)) }
        }
        for object in found where expectedByKey["\(object.type) \(object.name)"] == nil {
            lines.append(.added(object.label))
        }
        if found.count != Set(found).count { lines.append(.listedTwice) }
        return lines.count > limit ? Array(lines.prefix(limit)) + [.more(count: lines.count - limit)] : lines
    }

    /// The schema as text, one object after another, for the checked-in dumps of each version.
    static func dump(_ objects: [SchemaObject]) -> String {
        objects.map { object in
            "-- \(object.type) \(object.name) on \(object.table)\n" + (object.sql.map { $0 + ";\n" } ?? "-- (made by SQLite)\n")
        }.joined(separator: "\n")
    }

    private static let cache = SchemaCache()
}

/// The expected schemas computed so far, shared by every connection of the process.
private final class SchemaCache: @unchecked Sendable {
    private let lock = NSLock()
    private var schemas: [Int64: [SchemaObject]] = [:]

    func schema(_ version: Int64, build: () throws -> [SchemaObject]) throws -> [SchemaObject] {
        lock.lock()
        defer { lock.unlock() }
        if let known = schemas[version] { return known }
        let built = try build()
        schemas[version] = built
        return built
    }
}
