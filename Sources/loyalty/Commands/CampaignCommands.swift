import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty campaign list|add|edit|delete`: limited-time multipliers on chosen ways to earn.
enum CampaignCommands {
    static var command: Command {
        Command(name: "campaign", summary: "campaigns (points multipliers between two dates): list, add, edit, delete",
                details: details,
                subcommands: [list, add, edit, delete])
    }

    private static let details = """
        --rules names ways to earn by id or kind, comma-separated. --to is the last day
        the campaign runs, included, as the dashboard's form has it (--to 2026-12-31
        runs through New Year's Eve); a day with a time, --to "2026-12-31 18:00", is
        the moment it stops. The list shows the last day (or "until" the moment);
        --json gives "to" as the moment it stops. Overlapping campaigns do not stack:
        the highest multiplier applies. Editing changes what is earned from then on;
        points already earned under the campaign stay.
        """

    static var list: Command {
        Command(name: "list", summary: "list the campaigns", options: [.json], examples: ["loyalty campaign list"]) { invocation in
            let store = try invocation.openStore()
            let campaigns = try store.campaigns(), rules = try store.rules()
            let now = Date()
            if invocation.json {
                return try JSON.print(campaigns.map { campaign -> JSONObject in
                    ["id": campaign.id, "name": campaign.name, "multiplier": formatMultiplier(campaign.multiplier),
                     "from": Formats.jsonDate(campaign.starts), "to": Formats.jsonDate(campaign.ends), "rule_ids": campaign.ruleIDs,
                     "state": state(campaign, now)]
                })
            }
            let words = invocation.words
            var table = Table([words.text("ID"), words.text("NAME"), words.text("MULTIPLIER"), words.text("FROM"), words.text("TO (LAST DAY)"),
                               words.text("WAYS TO EARN"), words.text("STATE")], numeric: [0])
            for campaign in campaigns {
                let names = campaign.ruleIDs.map { id in rules.first { $0.id == id }?.name ?? words.text("rule {id}", ["id": .integer(id)]) }
                table.add([String(campaign.id), campaign.name, words.format(.multiplier(campaign.multiplier)), CampaignDays.start(campaign.starts),
                           CampaignDays.lastDay(campaign.ends, words), names.joined(separator: ", "), stateWord(campaign, now, words)])
            }
            table.print(empty: words.text("No campaigns yet: add one with `loyalty campaign add …` (see --help)."))
        }
    }

    private static let campaignOptions = [
        Option("--name", "TEXT", "the campaign's name"),
        Option("--multiplier", "X", "e.g. 2x, 1.5x or 150%"),
        Option("--rules", "LIST", "the ways to earn it multiplies, by id or kind, comma-separated"),
        Option("--from", "DATE", "when it starts (local time): 2026-12-01 or \"2026-12-01 09:00\""),
        Option("--to", "DATE", "the last day it runs, included (2026-12-31 runs through that day); or the moment it stops: \"2026-12-31 18:00\""),
    ]

    static var add: Command {
        Command(name: "add", summary: "add a campaign", options: campaignOptions,
                details: details,
                examples: ["loyalty campaign add --name \"Double December\" --multiplier 2x --rules order,review --from 2026-12-01 --to 2026-12-31"]) { invocation in
            let name = try invocation.required("--name")
            let multiplier = try invocation.require(invocation.multiplier("--multiplier"), "--multiplier")
            let ruleNames = try invocation.required("--rules")
            let starts = try invocation.require(invocation.date("--from"), "--from")
            let ends = try invocation.require(campaignEnd(invocation), "--to")
            let store = try invocation.openStore()
            let ruleIDs = try resolveRules(ruleNames, store: store, invocation)
            let campaign = try store.addCampaign(Campaign(name: name, multiplier: multiplier, starts: starts, ends: ends, ruleIDs: ruleIDs))
            Console.out(invocation.words.text("Added campaign {id}: {campaign}.", ["id": .integer(campaign.id), "campaign": .text(describe(campaign, invocation.words))]))
        }
    }

    static var edit: Command {
        Command(name: "edit", summary: "change a campaign (what is not given stays)", arguments: ["ID"], options: campaignOptions,
                details: details,
                examples: ["loyalty campaign edit 1 --to 2027-01-07", "loyalty campaign edit 1 --multiplier 3x --rules order"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            guard invocation.hasAny(campaignOptions.map(\.name)) else { throw invocation.usage(invocation.words.text("say what to change, e.g. --to 2027-01-07")) }
            let store = try invocation.openStore()
            var campaign = try store.campaign(id: id)
            campaign.name = invocation.string("--name") ?? campaign.name
            campaign.multiplier = try invocation.multiplier("--multiplier") ?? campaign.multiplier
            campaign.starts = try invocation.date("--from") ?? campaign.starts
            campaign.ends = try campaignEnd(invocation) ?? campaign.ends
            if let ruleNames = invocation.string("--rules") { campaign.ruleIDs = try resolveRules(ruleNames, store: store, invocation) }
            let saved = try store.editCampaign(campaign)
            Console.out(invocation.words.text("Campaign {id} changed: {campaign}.", ["id": .integer(saved.id), "campaign": .text(describe(saved, invocation.words))]))
        }
    }

    /// The rules a comma list names, by id or kind.
    private static func resolveRules(_ list: String, store: Store, _ invocation: Invocation) throws -> [Int64] {
        try list.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            .map { try RuleCommands.resolve($0, store: store, invocation).id }
    }

    /// `--to` as the moment the campaign stops (see `CampaignDays`), if given.
    private static func campaignEnd(_ invocation: Invocation) throws -> Date? {
        guard let text = invocation.string("--to"), let parsed = try invocation.date("--to") else { return nil }
        return CampaignDays.end(typed: text, parsed: parsed)
    }

    /// "Double December, 2x from 2026-12-01 to 2026-12-31 (last day included)".
    private static func describe(_ campaign: Campaign, _ words: Localizer) -> String {
        let values: [String: SentenceValue] = ["name": .text(campaign.name), "multiplier": .multiplier(campaign.multiplier),
                                               "from": .text(CampaignDays.start(campaign.starts)), "to": .text(CampaignDays.lastDay(campaign.ends, words))]
        return CampaignDays.isMidnight(campaign.ends) ? words.text("{name}, {multiplier} from {from} to {to} (last day included)", values)
            : words.text("{name}, {multiplier} from {from} {to}", values)
    }

    static var delete: Command {
        Command(name: "delete", summary: "delete a campaign", arguments: ["ID"], examples: ["loyalty campaign delete 1"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            try invocation.openStore().deleteCampaign(id: id)
            Console.out(invocation.words.text("Deleted campaign {id}.", ["id": .integer(id)]))
        }
    }

    /// "upcoming", "running" or "ended" at `now` (as JSON says it).
    private static func state(_ campaign: Campaign, _ now: Date) -> String {
        now < campaign.starts ? "upcoming" : now < campaign.ends ? "running" : "ended"
    }

    /// The state in the operator's language.
    private static func stateWord(_ campaign: Campaign, _ now: Date, _ words: Localizer) -> String {
        now < campaign.starts ? words.text("upcoming") : now < campaign.ends ? words.text("running") : words.text("ended")
    }
}
