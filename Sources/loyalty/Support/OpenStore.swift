import Foundation
import LoyaltyCore
import LoyaltyStore

extension Invocation {
    /// The database file: `--db PATH`, else `$LOYALTY_DB`, else the default under `$XDG_DATA_HOME`.
    var databasePath: String { values[GlobalOptions.database.name] ?? Store.defaultPath() }

    /// Who is acting: the OS account running this process, or, for root only, `--as USER` (root
    /// can read and write the file anyway; this lets an administrator check what a user may do).
    func actor() throws -> String {
        guard let name = values[GlobalOptions.actAs.name] else { return currentOSUser() }
        guard getuid() == 0 else {
            throw Failure(message: words.text("--as is only for root (you are {user}); changes are recorded under your own OS account", ["user": .text(currentOSUser())]))
        }
        do {
            return try ProgramUser.validateName(name)
        } catch let error as LoyaltyError {
            throw usage(words.text("{option} {reason}", ["option": .text("--as"), "reason": .text(CommandHints.wording(error, words))]))
        }
    }

    /// Opens the database named by the global options, as the acting user. Only `init` (and the
    /// dashboard) create one; every other command refuses a missing file, so a mistyped path never
    /// starts an empty programme.
    func openStore(create: Bool = false) throws -> Store {
        try Store(path: databasePath, create: create, actor: actor())
    }
}
