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

    func campaign(id: Int64) throws -> Campaign {
        guard let campaign = try campaigns().first(where: { $0.id == id }) else {
            throw LoyaltyError.campaign(.noSuchID(id))
        }
        return campaign
    }

    /// Writes a checked campaign's name, multiplier, moments and rules under `id` (an existing row, or
    /// nil to add one); returns its id.
    fileprivate func writeCampaign(_ campaign: Campaign, id: Int64?) throws -> Int64 {
        let checked = try campaign.validated()
        for ruleID in checked.ruleIDs { _ = try rule(id: ruleID) }
        let values: [any SQLBindable] = [checked.name.trimmingWhitespace(), checked.multiplier, checked.starts.unixSeconds, checked.ends.unixSeconds]
        let written: Int64
        if let id {
            try db.run("UPDATE campaigns SET name = ?, multiplier = ?, starts_at = ?, ends_at = ? WHERE id = ?", values + [id])
            try db.run("DELETE FROM campaign_rules WHERE campaign_id = ?", [id])
            written = id
        } else {
            try db.run("INSERT INTO campaigns(name, multiplier, starts_at, ends_at) VALUES (?, ?, ?, ?)", values)
            written = db.lastInsertRowID
        }
        for ruleID in Set(checked.ruleIDs) { try db.run("INSERT INTO campaign_rules(campaign_id, rule_id) VALUES (?, ?)", [written, ruleID]) }
        return written
    }
}

extension Store {
    public func campaigns() throws -> [Campaign] { try read { try $0.campaigns() } }

    public func campaign(id: Int64) throws -> Campaign { try read { try $0.campaign(id: id) } }

    /// Adds a campaign multiplying the named rules between two moments.
    public func addCampaign(_ campaign: Campaign) throws -> Campaign {
        try write(.programme) { tx in
            let added = try tx.campaign(id: try tx.writeCampaign(campaign, id: nil))
            try tx.audit("campaign.add", "campaign \(added.id) (\(added.name))", from: nil, to: added)
            return added
        }
    }

    /// Changes a campaign's name, multiplier, moments or rules (e.g. runs it a day longer). Points
    /// already earned under it stay as they were earned.
    public func editCampaign(_ campaign: Campaign) throws -> Campaign {
        try write(.programme) { tx in
            let before = try tx.campaign(id: campaign.id)
            let after = try tx.campaign(id: try tx.writeCampaign(campaign, id: before.id))
            try tx.audit("campaign.edit", "campaign \(after.id) (\(after.name))", from: before, to: after)
            return after
        }
    }

    public func deleteCampaign(id: Int64) throws {
        try write(.programme) { tx in
            let before = try tx.campaign(id: id)
            try tx.db.run("DELETE FROM campaigns WHERE id = ?", [id])
            try tx.audit("campaign.delete", "campaign \(id) (\(before.name))", from: before, to: nil)
        }
    }
}
