import LoyaltyCore

/// Proves that the database `db` at `path`, whose `PRAGMA user_version` is `version` (at most the
/// current one), is a database Loyalty may open, before anything is written to it:
/// - version 0 and no schema at all: an empty database, which only a command that creates one
///   (`mayCreate`: `init`, `demo`, the dashboard) may turn into a programme;
/// - version 1 … current: exactly the schema the migrations of that version create;
/// - anything else is refused (another program's file, or a schema that was tampered with), before
///   anything is written to it, so the file stays byte for byte as it was.
func requireLoyaltySchema(_ db: Connection, path: String, version: Int64, mayCreate: Bool) throws {
    guard version >= 0 else {
        throw LoyaltyError.database(.unknownSchemaVersion(path: path, version: version, known: currentSchemaVersion))
    }
    let found = try SchemaCatalog.objects(of: db)
    if version == 0 {
        guard found.isEmpty else {
            let tables = found.filter { $0.type == "table" }.map(\.name)
            throw LoyaltyError.database(.anotherProgramsDatabase(path: path, tables: tables, objects: found.count))
        }
        guard mayCreate else { throw Store.holdsNoDatabase(path) }
        return
    }
    // The common case, a database of this build's version, is told by a digest, without building
    // the expected schema (which runs every migration in memory: most of a short command's time).
    if version == currentSchemaVersion, SchemaCatalog.isCurrentSchema(found) { return }
    let differences = SchemaCatalog.differences(found, from: try SchemaCatalog.expected(version: version))
    guard differences.isEmpty else {
        throw LoyaltyError.database(.schemaDiffers(path: path, version: version, differences: differences))
    }
}
