/// Refusals about files written or read beside the database: exports, pages, import copies.
public enum FileRefusal: Refusal, Equatable {
    /// The file at `path` could not be created, for `reason`.
    case cannotCreate(path: String, reason: String)
    /// A file or link is at `path` already (left by a crashed run, or put there by someone else).
    case somethingInTheWay(path: String)
    /// The temporary file could not be written, for `reason`; `path` was left as it was.
    case cannotWrite(temporary: String, path: String, reason: String)
    /// The temporary file could not be moved to `path`, for `reason`; `path` was left as it was.
    case cannotMoveIntoPlace(temporary: String, path: String, reason: String)
    /// No temporary copy of the import `file` could be made in `directory`, for `reason`.
    case cannotSpoolImport(file: String, directory: String, reason: String)
    /// The import `file` could not be copied to `copy`, for `reason` (often a full disk).
    case cannotCopyImport(file: String, copy: String, reason: String)
    /// The import file at `path` cannot be read, for `reason`.
    case cannotReadImport(path: String, reason: String)
    /// The import `file` had `checkedRows` rows when checked but `appliedRows` when applied: it was still being written.
    case importChanged(file: String, checkedRows: Int, appliedRows: Int)

    public var category: RefusalCategory {
        switch self {
        case .cannotCreate, .cannotWrite, .cannotMoveIntoPlace: return .invalid
        case .somethingInTheWay, .cannotSpoolImport, .cannotCopyImport, .importChanged: return .refused
        case .cannotReadImport: return .notFound
        }
    }
}
