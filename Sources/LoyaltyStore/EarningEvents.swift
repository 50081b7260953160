import Foundation
import LoyaltyCore

/// Something a customer did that may earn points, from the CLI, an import or the dashboard.
public struct EarningEvent: Sendable, Equatable {
    public var kind: EarningKind
    /// The shop's own id for it (an order number, a review id); with `kind` it forms the idempotency key.
    public var externalID: String
    public var email: String
    /// Used when the person is new and is created as a visitor.
    public var name: String?
    /// The amount spent (orders, bookings, tickets), excluding shipping and tax.
    public var amount: Money?
    /// The custom action's name, for `custom` events.
    public var action: String?

    public init(kind: EarningKind, externalID: String, email: String, name: String? = nil, amount: Money? = nil, action: String? = nil) {
        self.kind = kind
        self.externalID = externalID
        self.email = email
        self.name = name
        self.amount = amount
        self.action = action
    }

    /// The idempotency key, e.g. "order:1042".
    public var key: String { "\(kind.rawValue):\(externalID)" }

    /// What must be the same when the key arrives again.
    var payload: String {
        "email=\(email.trimmingWhitespace().lowercased());amount=\(amount.map { "\($0.minorUnits) \($0.currency.code)" } ?? "-");action=\(action ?? "-")"
    }

    /// The activity line for it, e.g. "Order 1042 (49.99 EUR)".
    var reason: String {
        switch kind {
        case .order: return "Order \(externalID)" + (amount.map { " (\($0))" } ?? "")
        case .custom: return "\(action ?? "Custom action") (\(externalID))"
        default: return "\(kind.label) (\(externalID))"
        }
    }
}

/// What became of an event: the points it earned, or why it earned none.
public struct EventOutcome: Sendable, Equatable {
    public let key: String
    public let memberID: Int64
    public let points: Points
    public let awarded: Bool
    /// "Earned 40 Points" or the reason nothing was awarded.
    public let message: String
    /// True when the key was seen before: nothing changed and this is the first result.
    public let duplicate: Bool
}

extension Transaction {
    /// The result stored for a key seen before, or nil. The same key with another payload is refused.
    func earlierOutcome(key: String, payload: String) throws -> EventOutcome? {
        guard let row = try storedEvent(key: key) else { return nil }
        guard row.matches(payload) else {
            let currency = try program().currency
            throw LoyaltyError.conflict("\(key) was recorded before with different details (\(EventDetailsText.readable(row.payload, currency: currency)); now \(EventDetailsText.readable(payload, currency: currency))); nothing was changed. Use a new id for a new event")
        }
        return EventOutcome(key: key, memberID: row.memberID, points: row.awarded, awarded: row.awarded > 0, message: row.outcome, duplicate: true)
    }

    private func remember(_ outcome: EventOutcome, kind: EarningKind, payload: String, entryID: Int64?) throws {
        try db.run("INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [outcome.key, kind.rawValue, outcome.memberID, payload, outcome.points, outcome.message, entryID, nowSeconds])
    }

    /// Awards a member for one event under its key, once. Records the outcome, awarded or not, with the reason.
    func earn(memberID: Int64, kind: EarningKind, key: String, payload: String, reason: String,
              amount: Money?, action: String? = nil, programme: ProgramSnapshot) throws -> (outcome: EventOutcome, entryID: Int64?) {
        if let earlier = try earlierOutcome(key: key, payload: payload) { return (earlier, nil) }
        return try award(memberID: memberID, kind: kind, key: key, payload: payload, reason: reason, amount: amount, action: action,
                         programme: programme)
    }

    /// `earn` for a key known to be new.
    private func award(memberID: Int64, kind: EarningKind, key: String, payload: String, reason: String,
                       amount: Money?, action: String?, programme: ProgramSnapshot) throws -> (outcome: EventOutcome, entryID: Int64?) {
        let program = programme.program
        var points: Points = 0
        var message: String
        var entryID: Int64?
        if program.status != .active {
            message = "not awarded: the programme is \(program.status.rawValue)"
        } else if let rule = programme.activeRule(kind: kind, action: action) {
            guard let tierID = try db.one("SELECT tier_id FROM members WHERE id = ?", [memberID], { $0.int(0) }) else {
                throw LoyaltyError.notFound("no member with id \(memberID)")
            }
            let base = try basePoints(for: rule, amount: amount)
            let earnedToday = rule.maxPerMemberPerDay == nil ? 0 : try db.scalar(
                "SELECT coalesce(sum(delta), 0) FROM ledger WHERE member_id = ? AND rule_id = ? AND kind = 'earn' AND created_at >= ?",
                [memberID, rule.id, startOfToday])
            points = awardedPoints(base: base, rule: rule, tierMultiplier: try programme.requireTier(id: tierID).multiplier,
                                   campaignMultiplier: programme.campaignMultiplier(ruleID: rule.id), earnedTodayFromRule: earnedToday)
            guard points <= Limits.maximumChange else {
                throw LoyaltyError.refused("this event would earn \(Limits.grouped(points)) \(program.pointsName), more than one change may give (\(Limits.grouped(Limits.maximumChange))); check the amount and the way to earn")
            }
            if points > 0 {
                entryID = try post(memberID: memberID, kind: .earn, delta: points, reason: reason, eventKey: key, ruleID: rule.id, programme: programme).id
                try reevaluateTier(memberID: memberID, programme: programme)
                if programme.emailIsActive(.pointsEarned) {
                    try queue(.pointsEarned, member: memberID, values: ["points": String(points)], key: key)
                }
                message = "earned \(program.points(points))"
            } else if base == 0 {
                message = "not awarded: the amount is below what earns a point"
            } else {
                message = "not awarded: the daily maximum for \(rule.name) is reached"
            }
        } else {
            message = "not awarded: no active way to earn for \(kind == .custom ? "the action \"\(action ?? "")\"" : kind.rawValue)"
        }
        let outcome = EventOutcome(key: key, memberID: memberID, points: points, awarded: points > 0, message: message, duplicate: false)
        try remember(outcome, kind: kind, payload: payload, entryID: entryID)
        return (outcome, entryID)
    }

    /// Sign-up points for a person who became a member (key `signup:<member id>`, so once per person).
    func awardSignup(memberID: Int64) throws -> EventOutcome {
        try earn(memberID: memberID, kind: .signup, key: "signup:\(memberID)", payload: "member=\(memberID)", reason: "Signed up", amount: nil, programme: try programSnapshot()).outcome
    }

    /// Records an event: finds the person (creating a visitor when unknown), awards points once per key,
    /// keeps orders for later refunds, and pays the referrer on a referred member's first paid order.
    /// An import passes the `programme` it read once for the whole file and the people it has `known` so far.
    func record(_ event: EarningEvent, programme: ProgramSnapshot, known: KnownMembers? = nil) throws -> EventOutcome {
        let externalID = event.externalID.trimmingWhitespace()
        if let why = ExternalID.problem(externalID) { throw LoyaltyError.invalid(why) }
        if let action = event.action { _ = try StoredText.checked(action, field: "the action's name") }
        guard event.kind != .signup, event.kind != .referral else {
            throw LoyaltyError.invalid("\(event.kind.rawValue) points are awarded by the programme itself (when a member joins, or when a referred member's first order arrives)")
        }
        if event.kind == .order { guard event.amount != nil else { throw LoyaltyError.invalid("an order needs its subtotal") } }
        if let amount = event.amount {
            let currency = programme.program.currency
            guard amount.currency == currency else {
                throw LoyaltyError.invalid("the amount is in \(amount.currency.code) but the programme counts in \(currency.code); nothing was recorded")
            }
            guard amount.minorUnits >= 0 else { throw LoyaltyError.invalid("an amount cannot be negative (got \(amount.decimalString)); record refunds with `loyalty refund`") }
        }
        var normalized = event
        normalized.externalID = externalID
        let (key, payload) = (normalized.key, normalized.payload)
        if let earlier = try earlierOutcome(key: key, payload: payload) { return earlier }
        let member = try memberCreatingVisitor(email: event.email, name: event.name, programme: programme, known: known)
        let result = try award(memberID: member.id, kind: event.kind, key: key, payload: payload,
                               reason: normalized.reason, amount: event.amount, action: event.action, programme: programme)
        if event.kind == .order, let amount = event.amount {
            try db.run("INSERT INTO orders(ref, member_id, paid, earned_entry_id, earned, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       [externalID, member.id, amount.minorUnits, result.entryID, result.outcome.points, nowSeconds])
            try payReferrerOnFirstOrder(member: member, programme: programme)
        }
        return result.outcome
    }

    private func payReferrerOnFirstOrder(member: EarningMember, programme: ProgramSnapshot) throws {
        guard let referrer = member.referredBy, try db.scalar("SELECT count(*) FROM orders WHERE member_id = ?", [member.id]) == 1 else { return }
        let name = try db.one("SELECT name FROM members WHERE id = ?", [member.id]) { $0.text(0) } ?? ""
        _ = try earn(memberID: referrer, kind: .referral, key: "referral:\(member.id)", payload: "referred=\(member.id)",
                     reason: "Referral: \(name) placed a first order", amount: nil, programme: programme)
    }
}

extension Store {
    /// Records one earning event, exactly once per key.
    /// Audited when it changed something (a duplicate key changes nothing); imports record their
    /// events through the transaction and are not audited line by line.
    public func record(_ event: EarningEvent) throws -> EventOutcome {
        try write(.membersAndPoints) { tx in
            let outcome = try tx.record(event, programme: try tx.programSnapshot())
            if !outcome.duplicate {
                try tx.audit("event.\(event.kind.rawValue)", try tx.member(id: outcome.memberID).email, after: outcome.message,
                             reason: outcome.key, memberID: outcome.memberID)
            }
            return outcome
        }
    }
}
