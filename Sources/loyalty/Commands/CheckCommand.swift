import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty check`: proves every balance, lot and total from the ledger; exits 1 naming each mismatch.
enum CheckCommand {
    static var command: Command {
        Command(name: "check", summary: "recompute everything from the ledger and run SQLite's integrity check",
                options: [.json], details: """
                    Recomputes every balance, lot and running total from the ledger and runs
                    SQLite's integrity check. Prints "ok: …" and exits 0 when everything agrees;
                    otherwise prints each mismatch and exits 1. When SQLite finds the file damaged
                    it prints SQLite's findings only (figures read from damaged pages prove
                    nothing) and how to restore a backup.
                    """,
                examples: ["loyalty check"]) { invocation in
            let store = try invocation.openStore()
            let problems = try store.check()
            if invocation.json {
                try JSON.print(["ok": problems.isEmpty, "problems": problems] as JSONObject)
            } else if problems.isEmpty {
                let stats = try store.statistics()
                let words = invocation.words
                Console.out(words.text("ok: {members}, {points} unredeemed; every balance, lot and total agrees with the ledger.",
                                       ["members": .text(words.plural("{count} member", "{count} members", count: Int64(stats.memberCount))),
                                        "points": .text(words.plural("{count} point", "{count} points", count: stats.unredeemed))]))
            } else {
                problems.forEach { Console.error(invocation.words.text("mismatch: {problem}", ["problem": .text($0)])) }
            }
            let words = invocation.words, count = Int64(problems.count)
            if problems.contains(where: { $0.hasPrefix("SQLite integrity") }) {
                throw Failure(message: words.plural("{database} is damaged: SQLite's integrity check found {count} problem (above). Restore your latest backup into it with `loyalty --db {database} restore BACKUP --yes`",
                                                    "{database} is damaged: SQLite's integrity check found {count} problems (above). Restore your latest backup into it with `loyalty --db {database} restore BACKUP --yes`",
                                                    count: count, ["database": .text(store.path)]))
            }
            if !problems.isEmpty {
                throw Failure(message: words.plural("{count} mismatch found; restore a backup or report it", "{count} mismatches found; restore a backup or report it", count: count))
            }
        }
    }
}
