import Foundation
import LoyaltyCore

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
            throw LoyaltyError.event(.recordedWithOtherDetails(key: key, recorded: EventDetailsText.readable(row.payload, currency: currency),
                                                               now: EventDetailsText.readable(payload, currency: currency)))
        }
        return EventOutcome(key: key, memberID: row.memberID, points: row.awarded, awarded: row.awarded > 0, message: row.outcome, duplicate: true)
    }

    private func remember(_ outcome: EventOutcome, kind: EarningKind, payload: String, entryID: Int64?) throws {
        try db.run("INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [outcome.key, kind.rawValue, outcome.memberID, payload, outcome.points, outcome.message, entryID, nowSeconds])
    }

    /// Awards a member an earning the programme grants (sign-up, referral) under its key, once, as
    /// happening at `moment` (now when nil).
    func earn(_ earning: ProgrammeEarning, memberID: Int64, programme: ProgramSnapshot, at moment: Date? = nil) throws -> EventOutcome {
        if let earlier = try earlierOutcome(key: earning.key, payload: earning.payload) { return earlier }
        return try award(memberID: memberID, kind: earning.kind, action: nil, key: earning.key, payload: earning.payload, programme: programme, at: moment) { member in
            try Earning.decide(earning, programme: programme, member: member, at: moment)
        }.outcome
    }

    /// Loads the member, lets Core decide, applies the decision and records the outcome, awarded or not,
    /// under a key known to be new.
    private func award(memberID: Int64, kind: EarningKind, action: String?, key: String, payload: String, programme: ProgramSnapshot, at moment: Date?,
                       decide: (MemberSnapshot) throws -> EarningDecision) throws -> (outcome: EventOutcome, entryID: Int64?, member: MemberSnapshot) {
        let member = try memberSnapshot(id: memberID, programme: programme, todayFrom: programme.activeRule(kind: kind, action: action), at: moment)
        let decision = try decide(member)
        let entryID = try apply(decision.changes, programme: programme).first?.id
        let outcome = EventOutcome(key: key, memberID: memberID, points: decision.points, awarded: decision.points > 0, message: decision.message, duplicate: false)
        try remember(outcome, kind: kind, payload: payload, entryID: entryID)
        return (outcome, entryID, member)
    }

    /// Sign-up points for a person who became a member (key `signup:<member id>`, so once per person),
    /// as signed up at `moment` (now when nil).
    func awardSignup(memberID: Int64, at moment: Date? = nil) throws -> EventOutcome {
        try earn(.signup(memberID: memberID), memberID: memberID, programme: try programSnapshot(), at: moment)
    }

    /// Records an event: finds the person (creating a visitor when unknown), awards points once per key
    /// as of the moment it happened (refused when that is in the future), keeps orders for later
    /// refunds, and pays the referrer on a referred member's first paid order, as of the same moment.
    /// An import passes the `programme` it read once for the whole file and the people it has `known` so far.
    func record(_ event: EarningEvent, programme: ProgramSnapshot, known: KnownMembers? = nil) throws -> EventOutcome {
        let externalID = event.externalID.trimmingWhitespace()
        guard ExternalID.problem(externalID) == nil else { throw LoyaltyError.event(.badID(maximumLength: ExternalID.maxLength)) }
        if let action = event.action { _ = try StoredText.checked(action, field: .actionName) }
        guard event.kind != .signup, event.kind != .referral else { throw LoyaltyError.event(.grantedByProgramme(event.kind)) }
        if event.kind == .order { guard event.amount != nil else { throw LoyaltyError.event(.orderNeedsSubtotal) } }
        if let amount = event.amount {
            let currency = programme.program.currency
            guard amount.currency == currency else {
                throw LoyaltyError.event(.amountInOtherCurrency(amount: amount.currency.code, programme: currency.code))
            }
            guard amount.minorUnits >= 0 else { throw LoyaltyError.event(.negativeAmount(amount)) }
        }
        var normalized = event
        normalized.externalID = externalID
        let (key, payload) = (normalized.key, normalized.payload)
        let moment = event.occurredAt ?? now
        try EventMoment.check(moment, now: now)
        normalized.occurredAt = moment
        if let earlier = try earlierOutcome(key: key, payload: payload) { return earlier }
        let person = try memberCreatingVisitor(email: event.email, name: event.name, programme: programme, known: known)
        let result = try award(memberID: person.id, kind: event.kind, action: event.action, key: key, payload: payload, programme: programme, at: moment) { member in
            try Earning.decide(normalized, programme: programme, member: member)
        }
        if event.kind == .order, let amount = event.amount {
            try db.run("INSERT INTO orders(ref, member_id, paid, earned_entry_id, earned, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       [externalID, person.id, amount.minorUnits, result.entryID, result.outcome.points, nowSeconds])
            if result.entryID == nil { try placedWithoutPoints(memberID: person.id, at: moment) }
        }
        if Earning.paysReferrer(event.kind, member: result.member), let referrer = result.member.referrer {
            let name = try db.one("SELECT name FROM members WHERE id = ?", [person.id]) { $0.text(0) } ?? ""
            _ = try earn(.referral(of: person.id, named: name), memberID: referrer, programme: programme, at: moment)
        }
        return result.outcome
    }
}

extension Transaction {
    /// An order that earned nothing (no ledger entry moves the member's dates) is still something the
    /// member did: an order older than their joined date moves it back, and a later one is their last activity.
    private func placedWithoutPoints(memberID: Int64, at moment: Date) throws {
        try db.run("""
            UPDATE members SET joined_at = min(joined_at, ?1), last_activity_at = max(coalesce(last_activity_at, ?1), ?1) WHERE id = ?2
            """, [moment.unixSeconds, memberID])
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
