/// A row of a backup that points at a row that is not there (SQLite's `foreign_key_check`): the
/// table and row that point, and the table pointed at, as the file names them.
public struct MissingReference: Equatable, Sendable {
    /// The table holding the row that points.
    public let table: String
    /// The row that points (its rowid).
    public let row: Int64
    /// The table that should hold the row pointed at.
    public let parent: String

    public init(table: String, row: Int64, parent: String) {
        self.table = table
        self.row = row
        self.parent = parent
    }
}
