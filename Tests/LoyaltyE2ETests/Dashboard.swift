import Foundation
import XCTest

/// The dashboard open in tmux on a database of its own, for one end-to-end test. The test is
/// skipped where tmux is missing; the terminal session and the database go when the test ends,
/// passed or failed.
enum Dashboard {
    /// The database the dashboard opens on.
    enum Start {
        /// The launched shop of `Shop.launched`.
        case launchedShop
        /// A path where no database is yet.
        case noDatabase
    }

    /// Makes the database `start` says, lets `prepare` change it first (as the CLI at the till would
    /// before the dashboard opens), opens the dashboard on it with `options` and `environment`, and
    /// waits until it shows `ready`.
    static func open(for test: XCTestCase, on start: Start = .launchedShop, options: [String] = [],
                     environment: [String: String] = [:], ready: String = "Active",
                     prepare: (URL) throws -> Void = { _ in }) throws -> (database: URL, terminal: Tmux) {
        try E2E.requireTmux()
        let database = start == .launchedShop ? try Shop.launched() : try E2E.temporaryDatabase()
        test.addTeardownBlock { E2E.removeTemporary(database) }
        try prepare(database)
        let terminal = try Tmux(arguments: ["--db", database.path] + options, environment: environment)
        test.addTeardownBlock { terminal.close() }
        try terminal.waitFor(ready)
        return (database, terminal)
    }
}
