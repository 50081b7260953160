/// A file SQLite can read that is not a Loyalty database this build may write to: it holds another
/// program's tables, says it is a schema version Loyalty never wrote, or its schema differs from the
/// exact schema of its version (a table, index or trigger missing, added or changed). It is refused
/// before anything is written to it, so the file stays byte for byte as it was.
public struct NotALoyaltyDatabase: Error, CustomStringConvertible, Sendable {
    /// The file.
    public let path: String
    /// Why it is not one, e.g. "its schema version is -1, which no Loyalty ever wrote".
    public let reason: String

    public var description: String {
        "\(path) is not a Loyalty database (\(reason)): nothing was changed. If it is your programme's database, "
            + "restore your latest backup into it with `loyalty --db \(path) restore BACKUP --yes`; otherwise give Loyalty a file of its own with --db PATH"
    }
}

/// Proves that the database `db` at `path`, whose `PRAGMA user_version` is `version` (at most the
/// current one), is a database Loyalty may open, before anything is written to it:
/// - version 0 and no schema at all: an empty database, which only a command that creates one
///   (`mayCreate`: `init`, `demo`, the dashboard) may turn into a programme;
/// - version 1 … current: exactly the schema the migrations of that version create;
/// - anything else is refused.
func requireLoyaltySchema(_ db: Connection, path: String, version: Int64, mayCreate: Bool) throws {
    guard version >= 0 else {
        throw NotALoyaltyDatabase(path: path, reason: "its schema version is \(version), which no Loyalty ever wrote; this build knows 1 to \(currentSchemaVersion)")
    }
    let found = try SchemaCatalog.objects(of: db)
    if version == 0 {
        guard found.isEmpty else {
            let tables = found.filter { $0.type == "table" }.map(\.name)
            let named = tables.isEmpty ? "\(found.count) schema objects" : "the tables " + tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            throw NotALoyaltyDatabase(path: path, reason: "it holds \(named) of another program and no Loyalty schema version")
        }
        guard mayCreate else { throw Store.holdsNoDatabase(path) }
        return
    }
    let differences = SchemaCatalog.differences(found, from: try SchemaCatalog.expected(version: version))
    guard differences.isEmpty else {
        throw NotALoyaltyDatabase(path: path, reason: "its schema is not the one Loyalty writes at version \(version): " + differences.joined(separator: "; "))
    }
}
