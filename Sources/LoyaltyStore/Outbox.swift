import Foundation
import LoyaltyCore

/// Where a message in the outbox is: waiting, handed to the mail command right now, delivered,
/// refused by the mail command (tried again later, up to the retry limit), or kept back by delivery
/// (`OutboxMessage.heldBecause` says why).
public enum OutboxStatus: String, CaseIterable, Sendable, Codable {
    case queued, sending, sent, failed, held
}

/// One e-mail in the outbox, written with the member's values at the moment of the event.
public struct OutboxMessage: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let trigger: EmailTrigger
    /// What caused it, unique per trigger: "member:7", "order:1042", "coupon:K7M2…", "lot:311", …
    public let eventKey: String
    public let memberID: Int64?
    public let toName: String
    public let toAddress: String
    public let subject: String
    public let body: String
    public let status: OutboxStatus
    public let attempts: Int
    public let lastError: String?
    public let created: Date
    public let attempted: Date?
    public let sent: Date?
    /// Why delivery kept it back (status `held`), else nil.
    public var heldBecause: MailHold? = nil
}

extension Transaction {
    /// Queues `trigger`'s e-mail for a member when that automation is active, in this transaction,
    /// once per `key`: a second call with the same trigger and key changes nothing. Only people with
    /// status `member` get e-mails (visitors and pending people never joined). `values` fill the
    /// event's own placeholders ({points}, {coupon}, {reward}, {expiry_date}, {tier}); the member's
    /// name, e-mail, balance and tier and the programme's name and points name are filled in here.
    /// Returns whether a message was queued.
    @discardableResult
    func queue(_ trigger: EmailTrigger, member memberID: Int64, values: [String: String] = [:], key: String) throws -> Bool {
        guard let template = try db.one("SELECT subject, body FROM email_automations WHERE trigger = ? AND active = 1", [trigger.rawValue], {
            EmailTemplate(subject: $0.text(0), body: $0.text(1))
        }) else { return false }
        let member = try self.member(id: memberID)
        guard member.status == .member else { return false }
        var filled = try standardEmailValues(for: member)
        filled.merge(values) { _, event in event }
        let mail = template.filled(with: try customerNumbers(filled), in: try program().customerLanguage)
        let inserted = try db.run("""
            INSERT INTO outbox(trigger, event_key, member_id, to_name, to_address, subject, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trigger, event_key) DO NOTHING
            """, [trigger.rawValue, key, memberID, member.name, member.email, mail.subject, mail.body, nowSeconds])
        return inserted > 0
    }

    /// The placeholders every e-mail can use, from the member and the programme.
    func standardEmailValues(for member: Member) throws -> [String: String] {
        let program = try program()
        return ["name": member.name, "email": member.email, "points": String(member.balance), "balance": String(member.balance),
                "points_name": program.pointsName, "program": program.name, "tier": member.tierName,
                "reward": try cheapestActiveFixedReward()?.name ?? program.customerLanguage.text("a reward")]
    }

    /// `values` with the numbers of points ({points}, {balance}) written as the programme's customer
    /// language writes them: 1,250 / 1.250 / 1 250.
    func customerNumbers(_ values: [String: String]) throws -> [String: String] {
        let language = try program().customerLanguage
        var written = values
        for key in ["points", "balance"] {
            if let text = values[key], let number = Int64(text) { written[key] = language.number(number) }
        }
        return written
    }

    /// The active fixed reward with the lowest cost, which "reward available" watches.
    func cheapestActiveFixedReward() throws -> (name: String, cost: Points)? {
        try db.one("SELECT name, cost FROM rewards WHERE kind = 'fixed' AND active = 1 ORDER BY cost, id LIMIT 1") { ($0.text(0), $0.int(1)) }
    }

    /// "Points expiring soon": one reminder per lot that has points left and expires within `days`
    /// days from now (the daily job calls it), its day written as the customer language writes it
    /// ("1 March 2027", "1er mars 2027"). Returns how many were queued.
    func queueExpiryReminders(withinDays days: Int = 14) throws -> Int {
        guard try isEmailActive(.pointsExpiring) else { return 0 }
        let until = (calendar.date(byAdding: .day, value: days, to: now) ?? now).unixSeconds
        let lots = try db.all("""
            SELECT l.entry_id, l.member_id, l.remaining, l.expires_at FROM lots l JOIN members m ON m.id = l.member_id
            WHERE l.remaining > 0 AND l.expires_at IS NOT NULL AND l.expires_at > ? AND l.expires_at <= ? AND m.status = 'member'
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.trigger = 'points_expiring' AND o.event_key = 'lot:' || l.entry_id)
            ORDER BY l.expires_at, l.entry_id
            """, [nowSeconds, until]) { (lot: $0.int(0), member: $0.int(1), points: $0.int(2), expires: $0.int(3)) }
        var queued = 0
        let language = try program().customerLanguage
        for lot in lots {
            let date = language.longDay(Date(unixSeconds: lot.expires), in: calendar.timeZone)
            if try queue(.pointsExpiring, member: lot.member, values: ["points": String(lot.points), "expiry_date": date], key: "lot:\(lot.lot)") {
                queued += 1
            }
        }
        return queued
    }

    /// Whether `trigger`'s e-mail is switched on.
    func isEmailActive(_ trigger: EmailTrigger) throws -> Bool {
        return try db.scalar("SELECT active FROM email_automations WHERE trigger = ?", [trigger.rawValue]) == 1
    }
}
