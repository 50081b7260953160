import LoyaltyCore
import LoyaltyStore

/// `loyalty stats`: the programme's points and members, from running totals.
enum StatsCommand {
    static var command: Command {
        Command(name: "stats", summary: "points issued, redeemed, unredeemed…; members by status and tier; liability",
                options: [.json], examples: ["loyalty stats --json"]) { invocation in
            let store = try invocation.openStore()
            let stats = try store.statistics(), program = try store.program()
            if invocation.json {
                return try JSON.print([
                    "points": ["issued": stats.issued, "redeemed": stats.redeemed, "unredeemed": stats.unredeemed, "expired": stats.expired,
                               "removed": stats.removed, "returned": stats.returned] as JSONObject,
                    "members": stats.memberCount,
                    "members_by_status": Dictionary(uniqueKeysWithValues: MemberStatus.allCases.map { ($0.rawValue, stats.membersByStatus[$0] ?? 0) }),
                    "members_by_tier": stats.membersByTier.map { ["tier": $0.tier.name, "tier_id": $0.tier.id, "members": $0.count] as JSONObject },
                    "liability": JSON.orNull(stats.liability?.decimalString), "liability_too_large": stats.liabilityTooLarge, "currency": program.currency.code,
                ] as JSONObject)
            }
            let name = program.pointsName
            let points: [(String, String)] = [
                ("\(name) issued", String(stats.issued)), ("\(name) redeemed", String(stats.redeemed)),
                ("\(name) unredeemed", String(stats.unredeemed)), ("\(name) expired", String(stats.expired)),
                ("\(name) removed", String(stats.removed)), ("\(name) returned", String(stats.returned)),
                ("Liability", stats.liability.map { "\($0) (unredeemed at the flexible reward's rate)" } 
                    ?? (stats.liabilityTooLarge ? "too large to count (unredeemed at the flexible reward's rate)" : "- (no flexible reward)")),
                ("Members", String(stats.memberCount)),
            ]
            let byStatus = MemberStatus.allCases.map { ("  \($0.rawValue)", String(stats.membersByStatus[$0] ?? 0)) }
            let byTier = stats.membersByTier.map { ("  in \($0.tier.name)", String($0.count)) }
            printFields(points + byStatus + byTier)
        }
    }
}
