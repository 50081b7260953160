/// How a database's schema differs from the one Loyalty writes at its version, as a refusal names
/// it. Each front end words it (`sentence`).
public enum SchemaDifference: Equatable, Sendable {
    /// `object` should be there and is not.
    case missing(SchemaObjectName)
    /// `object` is there, created by other SQL than Loyalty's.
    case changed(SchemaObjectName)
    /// `object` is there and Loyalty never made it.
    case added(SchemaObjectName)
    /// One object is listed twice.
    case listedTwice
    /// `count` more differences, left unnamed to keep the message short.
    case more(count: Int)
}

/// A table, index, trigger or view as SQLite names it: its type (SQLite's word), its name and the
/// table it belongs to.
public struct SchemaObjectName: Equatable, Sendable {
    public let type: String
    public let name: String
    public let table: String

    public init(type: String, name: String, table: String) {
        self.type = type
        self.name = name
        self.table = table
    }
}
