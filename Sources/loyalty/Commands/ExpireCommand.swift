import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty expire`: the daily job. Expires due points and re-evaluates tiers; safe to run twice.
enum ExpireCommand {
    /// "Expired 40 Stars in 2 lots; 1 member changed tier.", as `expire` and `daily` report it.
    static func wording(points: Points, lots: Int, tierChanges: Int, _ program: Program, _ words: Localizer) -> String {
        words.text("Expired {points} in {lots}; {members} changed tier.",
                   ["points": .points(points, named: program.pointsName),
                    "lots": .text(words.plural("{count} lot", "{count} lots", count: Int64(lots))),
                    "members": .text(words.plural("{count} member", "{count} members", count: Int64(tierChanges)))])
    }

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
            Console.out(ExpireCommand.wording(points: report.points, lots: report.entries, tierChanges: report.tierChanges, try store.program(), invocation.words))
        }
    }
}
