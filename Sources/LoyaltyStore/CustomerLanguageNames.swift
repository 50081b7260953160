import LoyaltyCore

extension Transaction {
    /// When the customer language changes from `old` to `new`, each way to earn and each reward
    /// still named as Loyalty named it (in `old`) takes its name in `new`; a name the owner wrote
    /// stays as written. Not audited apart: it is part of the language change.
    func translateDefaultNames(from old: CustomerLanguage, to new: CustomerLanguage, pointsName: (old: String, new: String)) throws {
        guard old != new else { return }
        for rule in try rules() where rule.name == rule.defaultName(in: old) {
            try db.run("UPDATE earning_rules SET name = ? WHERE id = ?", [rule.defaultName(in: new), rule.id])
        }
        for reward in try rewards() where reward.name == Reward.defaultName(for: reward.kind, in: old, pointsName: pointsName.old) {
            try db.run("UPDATE rewards SET name = ? WHERE id = ?", [Reward.defaultName(for: reward.kind, in: new, pointsName: pointsName.new), reward.id])
        }
    }
}
