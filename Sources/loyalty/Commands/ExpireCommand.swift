import LoyaltyStore

/// `loyalty expire`: the daily job. Expires due points and re-evaluates tiers; safe to run twice.
enum ExpireCommand {
    static var command: Command {
        Command(name: "expire", summary: "the daily job: expire due points, re-evaluate tiers (safe to run again)",
                options: [.json], details: "Run it once a day, e.g. from cron: 15 3 * * * loyalty expire",
                examples: ["loyalty expire"]) { invocation in
            let report = try invocation.openStore().expirePoints()
            if invocation.json {
                return try JSON.print(["entries": report.entries, "points": report.points, "tier_changes": report.tierChanges] as JSONObject)
            }
            Console.out("Expired \(report.points) points in \(report.entries) lot\(report.entries == 1 ? "" : "s"); \(report.tierChanges) member\(report.tierChanges == 1 ? "" : "s") changed tier.")
        }
    }
}
