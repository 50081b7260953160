import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty stats`: the programme's points and members, from running totals.
enum StatsCommand {
    static var command: Command {
        Command(name: "stats", summary: "points issued − redeemed + returned − expired − removed − reversed = unredeemed; members by status and tier; liability",
                options: [.json], details: """
                    Every flow of points, as the dashboard's Overview shows them: issued −
                    redeemed + returned − expired − removed − reversed = unredeemed (returned:
                    given back for a refunded redemption or a voided coupon; removed: by hand or by
                    setting a balance lower; reversed: taken back when the order that earned them
                    was refunded); members by status and tier; the liability (unredeemed points at
                    the flexible reward's rate; "too large to count" beyond what an amount of money
                    holds). JSON keys: points (issued, redeemed, unredeemed, expired, removed,
                    reversed, returned), members, members_by_status, members_by_tier, liability,
                    liability_too_large, currency.
                    """,
                examples: ["loyalty stats --json"]) { invocation in
            let store = try invocation.openStore()
            let stats = try store.statistics(), program = try store.program()
            if invocation.json {
                return try JSON.print([
                    "points": ["issued": stats.issued, "redeemed": stats.redeemed, "unredeemed": stats.unredeemed, "expired": stats.expired,
                               "removed": stats.removed, "reversed": stats.reversed, "returned": stats.returned] as JSONObject,
                    "members": stats.memberCount,
                    "members_by_status": Dictionary(uniqueKeysWithValues: MemberStatus.allCases.map { ($0.rawValue, stats.membersByStatus[$0] ?? 0) }),
                    "members_by_tier": stats.membersByTier.map { ["tier": $0.tier.name, "tier_id": $0.tier.id, "members": $0.count] as JSONObject },
                    "liability": JSON.orNull(stats.liability?.decimalString), "liability_too_large": stats.liabilityTooLarge, "currency": program.currency.code,
                ] as JSONObject)
            }
            let words = invocation.words, name: [String: SentenceValue] = ["name": .text(program.pointsName)]
            let points: [(String, String)] = [
                (words.text("{name} issued", name), String(stats.issued)), (words.text("{name} redeemed", name), String(stats.redeemed)),
                (words.text("{name} returned", name), String(stats.returned)), (words.text("{name} expired", name), String(stats.expired)),
                (words.text("{name} removed", name), String(stats.removed)), (words.text("{name} reversed (refunds)", name), String(stats.reversed)),
                (words.text("{name} unredeemed", name), String(stats.unredeemed)),
                (words.text("Liability"), stats.liability.map { words.text("{amount} (unredeemed at the flexible reward's rate)", ["amount": .money($0)]) }
                    ?? (stats.liabilityTooLarge ? words.text("too large to count (unredeemed at the flexible reward's rate)") : words.text("- (no flexible reward)"))),
                (words.text("Members"), String(stats.memberCount)),
            ]
            let byStatus = MemberStatus.allCases.map { ("  " + DomainWords.status($0, words), String(stats.membersByStatus[$0] ?? 0)) }
            let byTier = stats.membersByTier.map { (words.text("  in {tier}", ["tier": .text($0.tier.name)]), String($0.count)) }
            printFields(points + byStatus + byTier)
        }
    }
}
