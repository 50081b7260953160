import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty backup FILE` and `loyalty restore FILE`.
enum BackupCommands {
    static var backup: Command {
        Command(name: "backup", summary: "copy the database to FILE while it is in use (SQLite online backup)", arguments: ["FILE"],
                details: """
                    Uses SQLite's online backup API in steps while holding one read snapshot: the
                    copy is the database as it was when the backup began, however much other
                    processes write meanwhile. FILE is created private (0600), appears only when
                    complete and is never overwritten. Until then the copy is a hidden
                    .FILE.loyalty-partial-PID beside it; the next backup into that folder deletes
                    such copies whose process is gone.
                    """,
                examples: ["loyalty backup ~/backups/loyalty-$(date +%F).db"]) { invocation in
            let path = invocation.argument(0)
            let store = try invocation.openStore()
            var pages = 0
            try store.backup(to: path) { pages = $0.total }
            Console.out(invocation.words.plural("Backed up {database} to {path} ({count} page); restore it with `loyalty restore {path} --yes`.",
                                                "Backed up {database} to {path} ({count} pages); restore it with `loyalty restore {path} --yes`.",
                                                count: Int64(pages), ["database": .text(store.path), "path": .text(path)]))
        }
    }

    static var restore: Command {
        Command(name: "restore", summary: "replace the database with a backup", arguments: ["FILE"],
                options: [Option("--yes", "confirm: everything since the backup is lost")],
                details: """
                    Checks first that FILE is a backup Loyalty wrote: a schema this build knows,
                    exactly as that version has it (tables, constraints, indexes, triggers: a
                    backup whose append-only triggers were changed is refused), SQLite's integrity
                    and foreign key checks, values that become file names staying inside their
                    folder, and no number beyond the limits. A refused backup changes nothing.

                    Then it copies it into the database in one transaction (other processes that
                    have it open see the restored data at their next read; a crash midway leaves
                    the old database whole), migrates an older schema, erases again the members
                    erased in the database it replaced, and runs check. It needs --yes: everything
                    since the backup is lost. A database file SQLite cannot read at all is kept as
                    DB.damaged-TIME and the backup is written in its place.
                    """,
                examples: ["loyalty restore ~/backups/loyalty-2026-11-23.db --yes"]) { invocation in
            let path = invocation.argument(0)
            guard invocation.flag("--yes") else {
                throw Failure(message: invocation.words.text("restoring replaces everything in {database} with {path}; changes made since that backup are lost. Run again with --yes to do it. Nothing was changed.",
                                                             ["database": .text(invocation.databasePath), "path": .text(path)]))
            }
            if FileManager.default.fileExists(atPath: invocation.databasePath) {
                try requireOwnerUnlessUnreadable(invocation)
            }
            let outcome = try Store.restore(from: path, to: invocation.databasePath)
            if let aside = outcome.damagedFileKeptAs {
                Console.error(invocation.words.text("{database} could not be read as a database; it is kept as {aside} and the backup replaces it.",
                                                    ["database": .text(invocation.databasePath), "aside": .text(aside)]))
            }
            let store = try invocation.openStore()
            let problems = try store.check()
            guard problems.isEmpty else {
                problems.forEach { Console.error(invocation.words.text("mismatch: {problem}", ["problem": .text($0)])) }
                throw Failure(message: invocation.words.plural("restored {path}, but check found {count} mismatch", "restored {path}, but check found {count} mismatches",
                                                               count: Int64(problems.count), ["path": .text(path)]))
            }
            let stats = try store.statistics()
            let words = invocation.words
            Console.out(words.text("Restored {path} (schema {version}) into {database}; check: ok, {members}, {points} unredeemed.",
                                   ["path": .text(path), "version": .integer(Int64(outcome.version)), "database": .text(store.path),
                                    "members": .text(words.plural("{count} member", "{count} members", count: Int64(stats.memberCount))),
                                    "points": .text(words.plural("{count} point", "{count} points", count: stats.unredeemed))]))
        }
    }

    /// Only a user who may change the programme may replace the database. A file SQLite cannot read
    /// (damaged, or empty) or that is not a Loyalty database has no users to ask; whoever may write the file may replace it anyway,
    /// and restoring is the way out the error messages point to.
    private static func requireOwnerUnlessUnreadable(_ invocation: Invocation) throws {
        let store: Store
        do {
            store = try invocation.openStore()
        } catch let error as SQLiteError where error.isDamaged {
            return
        } catch let error as LoyaltyError where error.category == .notFound {
            return  // the file exists, so it is empty
        } catch LoyaltyError.database(let refusal) where refusal.isForeignFile {
            return  // another program's file, or a schema that was tampered with: it has no users to ask either
        }
        try store.require(.programme)
    }
}
