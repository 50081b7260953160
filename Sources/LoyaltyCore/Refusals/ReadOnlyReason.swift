/// Why a database is read-only here, as a refusal says it. Each front end words it (`sentence`).
public enum ReadOnlyReason: Equatable, Sendable, CaseIterable {
    /// The file system holding the database is mounted read-only.
    case fileSystemReadOnly
    /// The database was opened for viewing only.
    case openedForViewing
}
