import LoyaltyCore
import LoyaltyStore

/// `loyalty points give|remove|set EMAIL N --reason "…"`: manual changes, each shown in the member's activity.
enum PointsCommands {
    static var command: Command {
        Command(name: "points", summary: "change a balance by hand: give, remove, set (each needs a reason)",
                details: """
                    Every change needs a reason and shows in the member's activity and the audit
                    log. A balance never goes below zero by these. One change moves at most
                    1,000,000,000 points and a balance holds at most 1,000,000,000,000; larger
                    changes are refused with the limit. Given points count towards tiers.
                    """,
                subcommands: [
                    adjustment("give", summary: "give N points (they count towards tiers)", example: "50 --reason \"Birthday surprise\"") {
                        try $0.give(email: $1, points: $2, reason: $3)
                    },
                    adjustment("remove", summary: "remove N points (never below zero)", example: "20 --reason \"Returned item\"") {
                        try $0.remove(email: $1, points: $2, reason: $3)
                    },
                    adjustment("set", summary: "set the balance to N", example: "100 --reason \"Migrated from the old card\"") {
                        try $0.setBalance(email: $1, to: $2, reason: $3)
                    },
                ])
    }

    private static func adjustment(_ name: String, summary: String, example: String,
                                   _ change: @escaping (Store, String, Points, String) throws -> LedgerEntry) -> Command {
        Command(name: name, summary: summary, arguments: ["EMAIL", "N"],
                options: [Option("--reason", "TEXT", "why (required; shown in the member's activity)"), .json],
                examples: ["loyalty points \(name) zoe@example.com \(example)"]) { invocation in
            let points = try invocation.wholeNumber(invocation.argument(1), "N")
            let reason = try invocation.required("--reason")
            let store = try invocation.openStore()
            let entry = try change(store, invocation.argument(0), points, reason)
            let member = try store.member(id: entry.memberID)
            let before = entry.balanceAfter - entry.delta
            if invocation.json {
                return try JSON.print(["email": member.email, "before": before, "after": entry.balanceAfter, "entry": MemberCommands.json(entry)] as JSONObject)
            }
            Console.out(invocation.words.text("{email}: {before} → {after} ({change}, {reason})",
                                              ["email": .text(member.email), "before": .grouped(before), "change": .text(Formats.signed(entry.delta)),
                                               "after": .points(entry.balanceAfter, named: try store.program().pointsName), "reason": .text(entry.reason)]))
        }
    }
}
