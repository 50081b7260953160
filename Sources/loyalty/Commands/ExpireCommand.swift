import LoyaltyCore
import LoyaltyStore

/// `loyalty expire`: the daily job. Expires due points and re-evaluates tiers; safe to run twice.
enum ExpireCommand {
    static var command: Command {
        Command(name: "expire", summary: "the daily job: expire due points, re-evaluate tiers (safe to run again)",
                options: [.json], details: """
                    Expires points past their date (soonest-expiring first) and re-evaluates tiers.
                    Safe to run twice. loyalty daily does this and more; run one of them once a
                    day, e.g. from cron:
                      15 3 * * * loyalty expire
                    """,
                examples: ["loyalty expire"]) { invocation in
            let store = try invocation.openStore()
            let report = try store.expirePoints()
            if invocation.json {
                return try JSON.print(["entries": report.entries, "points": report.points, "tier_changes": report.tierChanges] as JSONObject)
            }
            Console.out("Expired \(Formats.points(report.points, try store.program())) in \(Counting.count(report.entries, "lot")); \(Counting.count(report.tierChanges, "member")) changed tier.")
        }
    }
}
