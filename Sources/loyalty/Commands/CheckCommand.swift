import LoyaltyCore
import LoyaltyStore

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
                Console.out("ok: \(Counting.count(stats.memberCount, "member")), \(Counting.count(stats.unredeemed, "point")) unredeemed; every balance, lot and total agrees with the ledger.")
            } else {
                problems.forEach { Console.error("mismatch: \($0)") }
            }
            if problems.contains(where: { $0.hasPrefix("SQLite integrity") }) {
                throw Failure(message: "\(store.path) is damaged: SQLite's integrity check found \(problems.count) problem\(problems.count == 1 ? "" : "s") (above). "
                              + "Restore your latest backup into it with `loyalty --db \(store.path) restore BACKUP --yes`")
            }
            if !problems.isEmpty {
                throw Failure(message: "\(problems.count) mismatch\(problems.count == 1 ? "" : "es") found; restore a backup or report it")
            }
        }
    }
}
