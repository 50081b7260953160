import LoyaltyCore

extension Transaction {
    /// The programme as the rules see it now, read once: a single event reads it once per event, an
    /// import once for the whole file. Valid only while the transaction does not change the
    /// programme, its rules, tiers, campaigns, rewards or e-mail automations (imports never do).
    func programSnapshot() throws -> ProgramSnapshot {
        let program = try program()
        let activeEmails = Set(try db.all("SELECT trigger FROM email_automations WHERE active = 1") { EmailTrigger(rawValue: $0.text(0)) }.compactMap { $0 })
        return ProgramSnapshot(program: program, rules: try rules(), campaigns: try campaigns(), tiers: try tiers(), activeEmails: activeEmails,
                               cheapestReward: try cheapestActiveFixedReward().map { RewardThreshold(name: $0.name, cost: $0.cost) },
                               now: now, calendar: calendar)
    }
}

extension ProgramSnapshot {
    /// The base tier's id (threshold 0), where new people start.
    func baseTierID() throws -> Int64 {
        guard let base = tiers.first(where: { $0.threshold == 0 }) else { throw LoyaltyError.tier(.noBaseTier) }
        return base.id
    }

    /// The tier with this id, or an error naming it.
    func requireTier(id: Int64) throws -> Tier {
        guard let tier = tier(id: id) else { throw LoyaltyError.tier(.noSuchID(id)) }
        return tier
    }
}
