/// Refusals about making and restoring backups. Every refusal of a restore leaves the database as
/// it was.
public enum BackupRefusal: Refusal, Equatable {
    /// The backup's destination exists already.
    case destinationExists(path: String)
    /// The hidden partial copy could not be created, for `reason`.
    case cannotCreatePartial(path: String, reason: String)
    /// The finished copy could not be moved to `destination`, for `reason`.
    case cannotMoveIntoPlace(destination: String, reason: String)
    /// No file at the backup path.
    case noBackupFile(path: String)
    /// The backup path is the database itself.
    case isTheDatabase(path: String)
    /// The damaged database could not be moved aside to `aside`, for `reason`.
    case cannotMoveDamagedAside(database: String, aside: String, reason: String)
    /// SQLite cannot read the file at `path` (`reason`, SQLite's words).
    case unreadable(path: String, reason: String)
    /// The file lacks Loyalty's tables, or has schema version `version` below 1.
    case missingTables(path: String, version: Int64)
    /// The file was written by a newer build (schema `version`; this one knows `known`).
    case newerSchema(path: String, version: Int64, known: Int64)
    /// The file's schema differs from Loyalty's at `version`.
    case schemaDiffers(path: String, version: Int64, differences: [SchemaDifference])
    /// SQLite's integrity check found `problems`.
    case damaged(path: String, problems: [String])
    /// SQLite's foreign key check found rows pointing at missing rows: `problems`.
    case inconsistent(path: String, problems: [MissingReference])
    /// A value that names a file (a page token, a referral code) is not a safe file name: `problem`.
    case unsafeFileName(path: String, problem: Sentence)
    /// The row named `row` (its id or order reference) holds `what` of `value`, beyond Loyalty's `limit`.
    case beyondLimit(path: String, what: BackupPart, value: Int64, row: String, limit: Int64)

    public var category: RefusalCategory {
        switch self {
        case .destinationExists, .isTheDatabase, .newerSchema: return .refused
        case .noBackupFile: return .notFound
        case .cannotCreatePartial, .cannotMoveIntoPlace, .cannotMoveDamagedAside, .unreadable, .missingTables, .schemaDiffers,
             .damaged, .inconsistent, .unsafeFileName, .beyondLimit: return .invalid
        }
    }
}
