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
                details: """
                    Newest first: every manual change of members and points (give, remove, set,
                    redeem, members added, edited or erased, statuses, coupons used or voided,
                    orders and refunds recorded by hand) and every programme change (details,
                    launch, pause, resume, ways to earn, rewards, tiers, campaigns, e-mails, users,
                    the daily and expiry jobs when they changed something), each with when, who,
                    what, the fields before → after and the reason. Imports are not logged line by
                    line: their orders are in the ledger with their keys. The log is append-only
                    (SQLite triggers refuse any update or delete), except that erasure removes the
                    erased person's details from the lines about them.
                    """,
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
            let words = invocation.words
            // The action is named in the operator's language; subject and change are kept as the store wrote them.
            var table = Table([words.text("ID"), words.text("WHEN"), words.text("WHO"), words.text("ACTION"), words.text("SUBJECT"),
                               words.text("BEFORE → AFTER"), words.text("REASON")], numeric: [0])
            for entry in entries {
                table.add([String(entry.id), Formats.date(entry.at), entry.actor, words.auditAction(entry.action), entry.subject,
                           entry.change, entry.reason])
            }
            table.print(empty: words.text("The audit log is empty."))
        }
    }
}
