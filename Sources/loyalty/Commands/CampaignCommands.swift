import Foundation
import LoyaltyCore
import LoyaltyStore

/// `loyalty campaign list|add|delete`: limited-time multipliers on chosen ways to earn.
enum CampaignCommands {
    static var command: Command {
        Command(name: "campaign", summary: "campaigns (points multipliers between two dates): list, add, delete",
                subcommands: [list, add, delete])
    }

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
            var table = Table(["ID", "NAME", "MULTIPLIER", "FROM", "TO", "WAYS TO EARN", "STATE"], numeric: [0])
            for campaign in campaigns {
                let names = campaign.ruleIDs.map { id in rules.first { $0.id == id }?.name ?? "rule \(id)" }
                table.add([String(campaign.id), campaign.name, formatMultiplier(campaign.multiplier), Formats.date(campaign.starts),
                           Formats.date(campaign.ends), names.joined(separator: ", "), state(campaign, now)])
            }
            table.print(empty: "No campaigns yet: add one with `loyalty campaign add …` (see --help).")
        }
    }

    static var add: Command {
        Command(name: "add", summary: "add a campaign",
                options: [Option("--name", "TEXT", "the campaign's name"),
                          Option("--multiplier", "X", "e.g. 2x, 1.5x or 150%"),
                          Option("--rules", "LIST", "the ways to earn it multiplies, by id or kind, comma-separated"),
                          Option("--from", "DATE", "when it starts (local time): 2026-12-01 or \"2026-12-01 09:00\""),
                          Option("--to", "DATE", "the first moment it no longer runs (2027-01-01 ends it at the end of 2026-12-31)")],
                examples: ["loyalty campaign add --name \"Double December\" --multiplier 2x --rules order,review --from 2026-12-01 --to 2027-01-01"]) { invocation in
            let name = try invocation.required("--name")
            let multiplier = try invocation.require(invocation.multiplier("--multiplier"), "--multiplier")
            let ruleNames = try invocation.required("--rules").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            let starts = try invocation.require(invocation.date("--from"), "--from")
            let ends = try invocation.require(invocation.date("--to"), "--to")
            let store = try invocation.openStore()
            let rules = try store.rules()
            let ruleIDs = try ruleNames.map { try RuleCommands.resolve($0, in: rules, invocation).id }
            let campaign = try store.addCampaign(Campaign(name: name, multiplier: multiplier, starts: starts, ends: ends, ruleIDs: ruleIDs))
            Console.out("Added campaign \(campaign.id): \(campaign.name), \(formatMultiplier(campaign.multiplier)) from \(Formats.date(campaign.starts)) until \(Formats.date(campaign.ends)).")
        }
    }

    static var delete: Command {
        Command(name: "delete", summary: "delete a campaign", arguments: ["ID"], examples: ["loyalty campaign delete 1"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            try invocation.openStore().deleteCampaign(id: id)
            Console.out("Deleted campaign \(id).")
        }
    }

    /// "upcoming", "running" or "ended" at `now`.
    private static func state(_ campaign: Campaign, _ now: Date) -> String {
        now < campaign.starts ? "upcoming" : now < campaign.ends ? "running" : "ended"
    }
}
