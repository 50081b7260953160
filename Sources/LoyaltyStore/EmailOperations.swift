import LoyaltyCore

/// An e-mail automation: what triggers it, its template and whether it is on.
public struct EmailAutomation: Sendable, Equatable {
    public let trigger: EmailTrigger
    public var template: EmailTemplate
    public var active: Bool
}

extension Transaction {
    /// The automations in their fixed order (welcome first).
    public func emailAutomations() throws -> [EmailAutomation] {
        let stored = try db.all("SELECT trigger, subject, body, active FROM email_automations") {
            ($0.text(0), EmailAutomation(trigger: EmailTrigger(rawValue: $0.text(0)) ?? .welcome,
                                         template: EmailTemplate(subject: $0.text(1), body: $0.text(2)), active: $0.bool(3)))
        }
        let byTrigger = Dictionary(uniqueKeysWithValues: stored)
        return EmailTrigger.allCases.compactMap { byTrigger[$0.rawValue] }
    }

    func emailAutomation(_ trigger: EmailTrigger) throws -> EmailAutomation {
        try emailAutomations().first { $0.trigger == trigger }!
    }
}

extension Store {
    public func emailAutomations() throws -> [EmailAutomation] { try read { try $0.emailAutomations() } }

    public func setEmailActive(_ trigger: EmailTrigger, _ active: Bool) throws -> EmailAutomation {
        try write(.programme) { tx in
            let before = try tx.emailAutomation(trigger)
            try tx.db.run("UPDATE email_automations SET active = ? WHERE trigger = ?", [active, trigger.rawValue])
            let after = try tx.emailAutomation(trigger)
            try tx.audit(active ? "email.activate" : "email.deactivate", "e-mail \(trigger.rawValue)", from: before, to: after)
            return after
        }
    }

    /// Replaces an automation's subject and body; unknown placeholders are refused by name.
    public func editEmail(_ trigger: EmailTrigger, template: EmailTemplate) throws -> EmailAutomation {
        try write(.programme) { tx in
            let checked = try template.validated()
            let before = try tx.emailAutomation(trigger)
            try tx.db.run("UPDATE email_automations SET subject = ?, body = ? WHERE trigger = ?", [checked.subject, checked.body, trigger.rawValue])
            let after = try tx.emailAutomation(trigger)
            try tx.audit("email.edit", "e-mail \(trigger.rawValue)", from: before, to: after)
            return after
        }
    }

    /// The automation's e-mail as a member would get it, with their values filled in (an expiry
    /// date two weeks from now), in the customer language.
    public func previewEmail(_ trigger: EmailTrigger, memberID: Int64) throws -> EmailTemplate {
        try read { tx in
            let program = try tx.program(), member = try tx.member(id: memberID)
            let cheapest = try tx.rewards().filter(\.active).compactMap { reward -> (String, Points)? in
                if case .fixed(let f) = reward.kind { return (reward.name, f.cost) } else { return nil }
            }.min { $0.1 < $1.1 }
            let coupon = try tx.coupons(memberID: memberID).first
            let language = program.customerLanguage
            let inTwoWeeks = tx.calendar.date(byAdding: .day, value: 14, to: tx.now) ?? tx.now
            let values = ["name": member.name, "email": member.email, "points": String(member.balance), "points_name": program.pointsName,
                          "balance": String(member.balance), "program": program.name, "reward": coupon?.rewardName ?? cheapest?.0 ?? language.text("a reward"),
                          "coupon": coupon?.code ?? "ABCD-EFGH-JKMN", "tier": member.tierName, "expiry_date": language.longDay(inTwoWeeks, in: tx.calendar.timeZone)]
            return try tx.emailAutomation(trigger).template.filled(with: try tx.customerNumbers(values), in: language)
        }
    }
}

extension EmailAutomation: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        [("subject", template.subject), ("body", template.body), ("active", active ? "on" : "off")]
    }
}
