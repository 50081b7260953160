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
            throw LoyaltyError.rule(.noSuchID(id))
        }
        return rule
    }

    /// The one way to earn of `kind`; refused when there is none, or several (custom actions).
    func rule(kind: EarningKind) throws -> EarningRule {
        let matches = try rules().filter { $0.kind == kind }
        guard matches.count == 1 else { throw LoyaltyError.rule(matches.isEmpty ? .noneOfKind(kind) : .severalOfKind(kind)) }
        return matches[0]
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
            throw LoyaltyError.rule(rule.kind == .custom ? .customNameTaken(rule.name) : .kindTaken(rule.kind))
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
            guard per.currency == currency else { throw LoyaltyError.rule(.notInProgrammeCurrency(currency: currency.code)) }
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

    /// Adds `rule`; one named only by its kind ("Place an order", the English default) takes the
    /// kind's name in the customer language.
    func addRule(_ rule: EarningRule) throws -> EarningRule {
        var named = rule
        if rule.name == rule.kind.label { named.name = rule.defaultName(in: try program().customerLanguage) }
        return try self.rule(id: try store(named, insert: true))
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

    /// The way to earn with this id; refused when there is none.
    public func rule(id: Int64) throws -> EarningRule { try read { try $0.rule(id: id) } }

    /// The one way to earn of `kind`; refused when there is none, or several (custom actions).
    public func rule(kind: EarningKind) throws -> EarningRule { try read { try $0.rule(kind: kind) } }

    /// Adds a way to earn; one per kind, except custom actions, which need distinct names.
    public func addRule(_ rule: EarningRule) throws -> EarningRule {
        try write(.programme) { tx in
            let added = try tx.addRule(rule)
            try tx.audit("rule.add", added.auditSubject, from: nil, to: added)
            return added
        }
    }

    /// Replaces a rule's settings (its id names it). Turning off the last active rule pauses an active programme.
    public func editRule(_ rule: EarningRule) throws -> RuleChange { try write(.programme) { try $0.auditedReplace(rule, "rule.edit") } }

    public func setRuleActive(id: Int64, _ active: Bool) throws -> RuleChange {
        try write(.programme) { tx in
            var rule = try tx.rule(id: id)
            rule.active = active
            return try tx.auditedReplace(rule, active ? "rule.activate" : "rule.deactivate")
        }
    }

    public func deleteRule(id: Int64) throws -> RuleChange {
        try write(.programme) { tx in
            let before = try tx.rule(id: id)
            let change = try tx.deleteRule(id: id)
            try tx.audit("rule.delete", before.auditSubject, from: before, to: nil)
            try tx.auditAutomaticPause(change)
            return change
        }
    }
}

extension Transaction {
    /// `replaceRule`, with the changed fields in the audit log.
    func auditedReplace(_ rule: EarningRule, _ action: String) throws -> RuleChange {
        let before = try self.rule(id: rule.id)
        let change = try replaceRule(rule)
        try audit(action, before.auditSubject, from: before, to: change.rule)
        try auditAutomaticPause(change)
        return change
    }

    /// Audits the pause that turning off or deleting the last active rule causes.
    func auditAutomaticPause(_ change: RuleChange) throws {
        guard change.pausedProgram else { return }
        try audit("program.pause", "programme", before: "status: active", after: "status: paused", reason: "no active way to earn is left")
    }
}

extension EarningRule {
    /// How the audit log names a rule: "rule 3 (Place an order)".
    var auditSubject: String { "rule \(id) (\(name))" }
}
