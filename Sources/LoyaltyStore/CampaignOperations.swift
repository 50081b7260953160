import Foundation
import LoyaltyCore

extension Transaction {
    /// Every campaign with the rules it multiplies.
    public func campaigns() throws -> [Campaign] {
        let links = try db.all("SELECT campaign_id, rule_id FROM campaign_rules ORDER BY rule_id") { ($0.int(0), $0.int(1)) }
        return try db.all("SELECT id, name, multiplier, starts_at, ends_at FROM campaigns ORDER BY starts_at, id") { row in
            let id = row.int(0)
            return Campaign(id: id, name: row.text(1), multiplier: row.int(2), starts: Date(unixSeconds: row.int(3)),
                            ends: Date(unixSeconds: row.int(4)), ruleIDs: links.filter { $0.0 == id }.map(\.1))
        }
    }
}

extension Store {
    public func campaigns() throws -> [Campaign] { try read { try $0.campaigns() } }

    /// Adds a campaign multiplying the named rules between two moments.
    public func addCampaign(_ campaign: Campaign) throws -> Campaign {
        try write(.programme) { tx in
            let checked = try campaign.validated()
            for ruleID in checked.ruleIDs { _ = try tx.rule(id: ruleID) }
            try tx.db.run("INSERT INTO campaigns(name, multiplier, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                          [checked.name.trimmingWhitespace(), checked.multiplier, checked.starts.unixSeconds, checked.ends.unixSeconds])
            let id = tx.db.lastInsertRowID
            for ruleID in Set(checked.ruleIDs) { try tx.db.run("INSERT INTO campaign_rules(campaign_id, rule_id) VALUES (?, ?)", [id, ruleID]) }
            let added = try tx.campaigns().first { $0.id == id }!
            try tx.audit("campaign.add", "campaign \(id) (\(added.name))", from: nil, to: added)
            return added
        }
    }

    public func deleteCampaign(id: Int64) throws {
        try write(.programme) { tx in
            guard let before = try tx.campaigns().first(where: { $0.id == id }) else {
                throw LoyaltyError.notFound("no campaign with id \(id); `loyalty campaign list` shows them")
            }
            try tx.db.run("DELETE FROM campaigns WHERE id = ?", [id])
            try tx.audit("campaign.delete", "campaign \(id) (\(before.name))", from: before, to: nil)
        }
    }
}
