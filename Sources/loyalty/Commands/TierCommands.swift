import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty tier list|add|edit|delete`: levels members reach by points earned within the tier window.
enum TierCommands {
    static var command: Command {
        Command(name: "tier", summary: "tiers: list, add, edit, delete",
                details: """
                    TIER is a tier's id or name. Thresholds count the points earned (and given)
                    within the tier window (program set --tier-window-months, default 12); a
                    member's points earn times the multiplier of their tier. The base tier
                    (threshold 0) cannot be deleted.
                    """,
                subcommands: [list, add, edit, delete])
    }

    static var list: Command {
        Command(name: "list", summary: "list the tiers with their members", options: [.json], examples: ["loyalty tier list"]) { invocation in
            let store = try invocation.openStore()
            let counts = try store.statistics().membersByTier
            if invocation.json {
                return try JSON.print(counts.map { entry -> JSONObject in
                    ["id": entry.tier.id, "name": entry.tier.name, "threshold": entry.tier.threshold,
                     "multiplier": formatMultiplier(entry.tier.multiplier), "members": entry.count]
                })
            }
            let words = invocation.words
            var table = Table([words.text("ID"), words.text("NAME"), words.text("THRESHOLD"), words.text("MULTIPLIER"), words.text("MEMBERS")], numeric: [0, 2, 4])
            for (tier, count) in counts {
                table.add([String(tier.id), tier.name, String(tier.threshold), words.format(.multiplier(tier.multiplier)), String(count)])
            }
            table.print(empty: words.text("No tiers."))
            Console.out(words.plural("Thresholds count points earned within the last {count} month.", "Thresholds count points earned within the last {count} months.",
                                     count: Int64(try store.program().tierWindowMonths)))
        }
    }

    private static let tierOptions = [
        Option("--name", "TEXT", "the tier's name"),
        Option("--threshold", "N", "points earned within the tier window to reach it"),
        Option("--multiplier", "X", "earning multiplier, e.g. 1.5x or 150% (default 1x)"),
    ]

    static var add: Command {
        Command(name: "add", summary: "add a tier above the base tier", options: tierOptions,
                examples: ["loyalty tier add --name Gold --threshold 1000 --multiplier 1.5x"]) { invocation in
            let name = try invocation.required("--name")
            let threshold = try invocation.require(invocation.int("--threshold"), "--threshold")
            let store = try invocation.openStore()
            let tier = try store.addTier(Tier(name: name, threshold: threshold, multiplier: try invocation.multiplier("--multiplier") ?? 100))
            Console.out(invocation.words.text("Added tier {id}: {name} from {threshold}, earning {multiplier}.", try describe(tier, store)))
        }
    }

    static var edit: Command {
        Command(name: "edit", summary: "change a tier (named by id or name)", arguments: ["TIER"], options: tierOptions,
                examples: ["loyalty tier edit Gold --threshold 1200"]) { invocation in
            guard invocation.hasAny(tierOptions.map(\.name)) else { throw invocation.usage(invocation.words.text("say what to change, e.g. --threshold 1200")) }
            let store = try invocation.openStore()
            var tier = try resolve(invocation.argument(0), in: try store.tiers())
            tier.name = invocation.string("--name") ?? tier.name
            tier.threshold = try invocation.int("--threshold") ?? tier.threshold
            tier.multiplier = try invocation.multiplier("--multiplier") ?? tier.multiplier
            let saved = try store.editTier(tier)
            Console.out(invocation.words.text("Tier {id} changed: {name} from {threshold}, earning {multiplier}.", try describe(saved, store)))
        }
    }

    static var delete: Command {
        Command(name: "delete", summary: "delete a tier (never the base tier); its members are re-evaluated", arguments: ["TIER"],
                examples: ["loyalty tier delete Gold"]) { invocation in
            let store = try invocation.openStore()
            let tier = try resolve(invocation.argument(0), in: try store.tiers())
            try store.deleteTier(id: tier.id)
            Console.out(invocation.words.text("Deleted tier {id} ({name}).", ["id": .integer(tier.id), "name": .text(tier.name)]))
        }
    }

    /// The values of a sentence about `tier`.
    private static func describe(_ tier: Tier, _ store: Store) throws -> [String: SentenceValue] {
        ["id": .integer(tier.id), "name": .text(tier.name), "threshold": .points(tier.threshold, named: try store.program().pointsName),
         "multiplier": .multiplier(tier.multiplier)]
    }

    /// A tier named by its id or its name (any letter case).
    static func resolve(_ text: String, in tiers: [Tier]) throws -> Tier {
        let wanted = text.trimmingWhitespace()
        if let tier = tiers.first(where: { String($0.id) == wanted || $0.name.lowercased() == wanted.lowercased() }) { return tier }
        throw LoyaltyError.tier(.noSuchName(text, names: tiers.map(\.name)))
    }
}
