import LoyaltyCore

/// What earning needs to know about the programme — its settings, ways to earn, tiers, the campaign
/// multipliers running now, the tier window and which e-mails are switched on — read once. A single
/// event reads it once per event; an import reads it once for the whole file and passes it into the
/// same earn path, which saves half a dozen queries per order. Valid only while the transaction does
/// not change the programme, its rules, tiers, campaigns or e-mail automations (imports never do).
struct EarningContext {
    let program: Program
    let rules: [EarningRule]
    let tiers: [Tier]
    let baseTierID: Int64
    /// The first moment of the rolling tier window ending at the transaction's `now`.
    let tierWindowStart: Int64
    /// The e-mail automations switched on.
    let activeEmails: Set<EmailTrigger>
    private let campaignMultipliers: [Int64: MultiplierPercent]

    init(_ tx: Transaction) throws {
        program = try tx.program()
        rules = try tx.rules()
        tiers = try tx.tiers()
        baseTierID = try tx.baseTierID()
        tierWindowStart = try tx.tierWindowStart()
        activeEmails = Set(try tx.db.all("SELECT trigger FROM email_automations WHERE active = 1") { EmailTrigger(rawValue: $0.text(0)) }.compactMap { $0 })
        var multipliers: [Int64: MultiplierPercent] = [:]
        try tx.db.query("""
            SELECT cr.rule_id, max(c.multiplier) FROM campaigns c JOIN campaign_rules cr ON cr.campaign_id = c.id
            WHERE c.starts_at <= ? AND c.ends_at > ? GROUP BY cr.rule_id
            """, [tx.nowSeconds, tx.nowSeconds]) { multipliers[$0.int(0)] = $0.int(1) }
        campaignMultipliers = multipliers
    }

    /// The active rule for an event kind (custom actions by name), or nil.
    func activeRule(kind: EarningKind, action: String?) -> EarningRule? {
        rules.first { rule in
            rule.active && rule.kind == kind && (kind != .custom || rule.name.lowercased() == (action ?? "").trimmingWhitespace().lowercased())
        }
    }

    func tier(id: Int64) throws -> Tier {
        guard let tier = tiers.first(where: { $0.id == id }) else {
            throw LoyaltyError.notFound("no tier with id \(id); `loyalty tier list` shows them")
        }
        return tier
    }

    /// The campaign multiplier for a rule now (100 when no campaign runs for it).
    func campaignMultiplier(ruleID: Int64) -> MultiplierPercent { campaignMultipliers[ruleID] ?? 100 }
}
