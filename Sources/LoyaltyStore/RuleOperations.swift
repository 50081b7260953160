import LoyaltyCore

/// A rule after a change, and whether the change paused the programme (its last active way to earn went off).
public struct RuleChange: Sendable {
    public let rule: EarningRule?
    public let pausedProgram: Bool
}

extension Transaction {
    /// Every way to earn, in the order they were added.
    public func rules() throws -> [EarningRule] {
        let currency = try program().currency
        return try db.all("SELECT id, kind, name, points, per_minor, max_per_event, max_per_day, active FROM earning_rules ORDER BY id") {
            Transaction.rule(from: $0, currency: currency)
        }
    }

    func rule(id: Int64) throws -> EarningRule {
        guard let rule = try rules().first(where: { $0.id == id }) else {
            throw LoyaltyError.notFound("no way to earn with id \(id); `loyalty rule list` shows them")
        }
        return rule
    }

    static func rule(from row: Row, currency: Currency) -> EarningRule {
        let points = row.int(3)
        let award: EarningAward = row.optionalInt(4).map { .perSpend(points: points, per: Money(minorUnits: $0, currency: currency)) } ?? .fixed(points)
        return EarningRule(id: row.int(0), kind: EarningKind(rawValue: row.text(1)) ?? .custom, name: row.text(2), award: award,
                           maxPerEvent: row.optionalInt(5), maxPerMemberPerDay: row.optionalInt(6), active: row.bool(7))
    }

    private func checkUnique(_ rule: EarningRule) throws {
        let clash = try db.scalar("""
            SELECT count(*) FROM earning_rules WHERE id != ? AND ((kind = ? AND kind != 'custom') OR (kind = 'custom' AND ? = 'custom' AND name = ? COLLATE NOCASE))
            """, [rule.id, rule.kind.rawValue, rule.kind.rawValue, rule.name])
        if clash > 0 {
            throw LoyaltyError.refused(rule.kind == .custom
                ? "a custom action named \"\(rule.name)\" exists already; edit it instead"
                : "a way to earn of kind \(rule.kind.rawValue) exists already; edit it instead (one per kind)")
        }
    }

    private func store(_ rule: EarningRule, insert: Bool) throws -> Int64 {
        let checked = try rule.validated()
        try checkUnique(checked)
        var perMinor: Int64?
        let points: Points
        switch checked.award {
        case .fixed(let p): points = p
        case .perSpend(let p, let per):
            let currency = try program().currency
            guard per.currency == currency else { throw LoyaltyError.invalid("amounts must be in the programme's currency \(currency.code)") }
            points = p
            perMinor = per.minorUnits
        }
        let values: [any SQLBindable] = [checked.kind.rawValue, checked.name, points, perMinor, checked.maxPerEvent, checked.maxPerMemberPerDay, checked.active]
        if insert {
            try db.run("INSERT INTO earning_rules(kind, name, points, per_minor, max_per_event, max_per_day, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       values + [nowSeconds])
            return db.lastInsertRowID
        }
        try db.run("UPDATE earning_rules SET kind = ?, name = ?, points = ?, per_minor = ?, max_per_event = ?, max_per_day = ?, active = ? WHERE id = ?",
                   values + [checked.id])
        return checked.id
    }

    /// Pauses an active programme that no longer has an active way to earn; says whether it did.
    private func pauseIfNoActiveRule() throws -> Bool {
        guard try program().status == .active, try db.scalar("SELECT count(*) FROM earning_rules WHERE active = 1") == 0 else { return false }
        try setStatus(.paused)
        return true
    }

    func addRule(_ rule: EarningRule) throws -> EarningRule {
        try self.rule(id: try store(rule, insert: true))
    }

    func replaceRule(_ rule: EarningRule) throws -> RuleChange {
        _ = try self.rule(id: rule.id)
        _ = try store(rule, insert: false)
        return RuleChange(rule: try self.rule(id: rule.id), pausedProgram: try pauseIfNoActiveRule())
    }

    func deleteRule(id: Int64) throws -> RuleChange {
        _ = try rule(id: id)
        try db.run("DELETE FROM earning_rules WHERE id = ?", [id])
        return RuleChange(rule: nil, pausedProgram: try pauseIfNoActiveRule())
    }
}

extension Store {
    public func rules() throws -> [EarningRule] { try read { try $0.rules() } }

    /// Adds a way to earn; one per kind, except custom actions, which need distinct names.
    public func addRule(_ rule: EarningRule) throws -> EarningRule { try write { try $0.addRule(rule) } }

    /// Replaces a rule's settings (its id names it). Turning off the last active rule pauses an active programme.
    public func editRule(_ rule: EarningRule) throws -> RuleChange { try write { try $0.replaceRule(rule) } }

    public func setRuleActive(id: Int64, _ active: Bool) throws -> RuleChange {
        try write { tx in
            var rule = try tx.rule(id: id)
            rule.active = active
            return try tx.replaceRule(rule)
        }
    }

    public func deleteRule(id: Int64) throws -> RuleChange { try write { try $0.deleteRule(id: id) } }
}
