/// Refusals about the database file itself.
public enum DatabaseRefusal: Refusal, Equatable {
    /// No file at `path`, and the command does not create one.
    case noDatabase(path: String)
    /// The file at `path` is empty (or an empty SQLite database).
    case holdsNoDatabase(path: String)
    /// A read-only opener found schema `found`; this build reads `known`.
    case needsMigration(found: Int64, known: Int64)
    /// The database at `path` was written by a newer build (schema `found`; this one knows `known`).
    case newerSchema(path: String, found: Int64, known: Int64)
    /// The database's folder could not be created.
    case cannotCreateDirectory(directory: String, reason: String)
    /// The database file could not be created.
    case cannotCreateFile(path: String, reason: String)
    /// The `-wal` and `-shm` files beside `path` are missing and this user may not create them.
    case sharedFilesMissing(path: String)
    /// The file at `path` has schema version `version`, which no Loyalty wrote (this build knows 1 to `known`).
    case unknownSchemaVersion(path: String, version: Int64, known: Int64)
    /// The file at `path` has no schema version but holds another program's `tables` (or, with
    /// none, `objects` other schema objects).
    case anotherProgramsDatabase(path: String, tables: [String], objects: Int)
    /// The file at `path` says it is at `version`, but its schema differs from Loyalty's there.
    case schemaDiffers(path: String, version: Int64, differences: [SchemaDifference])
    /// The database has no key secret yet (a read-only opener of a database not yet migrated).
    case noKeySecret
    /// The running totals summed as `totals` (e.g. the unredeemed points) add up beyond the largest whole number.
    case totalsTooLarge(totals: PointsSum)

    /// Whether the file is not a Loyalty database at all (another program's, or tampered with).
    public var isForeignFile: Bool {
        switch self {
        case .unknownSchemaVersion, .anotherProgramsDatabase, .schemaDiffers: return true
        default: return false
        }
    }

    public var category: RefusalCategory {
        switch self {
        case .noDatabase, .holdsNoDatabase: return .notFound
        case .needsMigration, .newerSchema, .sharedFilesMissing, .unknownSchemaVersion, .anotherProgramsDatabase, .schemaDiffers: return .refused
        case .cannotCreateDirectory, .cannotCreateFile, .totalsTooLarge, .noKeySecret: return .invalid
        }
    }
}
