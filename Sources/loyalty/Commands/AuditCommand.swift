import Foundation
import LoyaltyCore
import LoyaltyStore

/// `loyalty audit`: the audit log, newest first.
enum AuditCommand {
    static var command: Command {
        Command(name: "audit", summary: "the audit log: who changed what, when, before → after, and why",
                options: [Option("--actor", "USER", "only this user's changes"),
                          Option("--before", "ID", "only lines older than this id (the last one of the previous page)"),
                          Option("--limit", "N", "show at most N (default 50)"), .json],
                details: "Every manual change of members and points and every programme change, newest first. Append-only.",
                examples: ["loyalty audit --limit 20", "loyalty audit --actor alice"]) { invocation in
            let store = try invocation.openStore()
            let entries = try store.auditEntries(beforeID: try invocation.int("--before"), actor: invocation.string("--actor"),
                                                 limit: try invocation.limit(default: 50))
            if invocation.json {
                return try JSON.print(entries.map { entry -> JSONObject in
                    ["id": entry.id, "at": Formats.jsonDate(entry.at), "actor": entry.actor, "action": entry.action, "subject": entry.subject,
                     "before": entry.before, "after": entry.after, "reason": entry.reason]
                })
            }
            var table = Table(["ID", "WHEN", "WHO", "ACTION", "SUBJECT", "BEFORE → AFTER", "REASON"], numeric: [0])
            for entry in entries {
                table.add([String(entry.id), Formats.date(entry.at), entry.actor, entry.action, entry.subject,
                           change(entry), entry.reason])
            }
            table.print(empty: "The audit log is empty.")
        }
    }

    /// "before → after", or just the side that exists.
    static func change(_ entry: AuditEntry) -> String {
        switch (entry.before.isEmpty, entry.after.isEmpty) {
        case (false, false): return "\(entry.before) → \(entry.after)"
        case (true, false): return entry.after
        case (false, true): return "\(entry.before) → (removed)"
        case (true, true): return ""
        }
    }
}
