import LoyaltyStore

extension Invocation {
    /// The database file: `--db PATH`, else `$LOYALTY_DB`, else the default under `$XDG_DATA_HOME`.
    var databasePath: String { values[GlobalOptions.database.name] ?? Store.defaultPath() }

    /// Opens the database named by the global options. Only `init` creates one; every other command
    /// refuses a missing file, so a mistyped path never starts an empty programme.
    func openStore(create: Bool = false) throws -> Store {
        try Store(path: databasePath, create: create)
    }
}
