import Foundation
import LoyaltyCore

/// An order as stored for refunds: what was paid and what it earned.
public struct OrderRecord: Equatable, Sendable {
    public let ref: String
    /// Paid and refunded, in minor units of the programme's currency.
    public let paid: Int64
    public let refunded: Int64
    public let earned: Points
    public let reversed: Points
    public let created: Date
}

/// An earning event as recorded under its idempotency key, awarded or not.
public struct EventRecord: Equatable, Sendable {
    public let key: String
    public let kind: String
    /// What must match when the key arrives again (it holds the e-mail address of the event).
    public let payload: String
    public let points: Points
    public let outcome: String
    public let created: Date
}

/// Everything the programme holds about one person, for a data request (GDPR Art. 15 / 20).
public struct PersonalData: Sendable {
    public let member: Member
    /// When their personal data was erased, if it was.
    public let erased: Date?
    /// Every ledger entry, oldest first.
    public let activity: [LedgerEntry]
    /// Oldest first.
    public let coupons: [CouponRecord]
    public let orders: [OrderRecord]
    public let events: [EventRecord]
    /// Their customer accounts in the shop, as the customer import read them.
    public var shopAccounts: [ShopAccount] = []
}

extension Transaction {
    /// Calls `body` for every member in id order, reading `pageSize` members at a time by key, so
    /// memory stays flat however many there are. Erased members are skipped unless `includeErased`.
    public func eachMember(includeErased: Bool = true, pageSize: Int = 1000, _ body: (Member) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let page = try db.all("""
                SELECT \(Transaction.memberColumns) FROM \(Transaction.memberFrom)
                WHERE m.id > ?1 AND (?2 OR m.erased_at IS NULL) ORDER BY m.id LIMIT ?3
                """, [after, includeErased, pageSize], Transaction.member(from:))
            guard let last = page.last else { return }
            for member in page { try body(member) }
            after = last.id
        }
    }

    /// The names an erased member's page may have been exported under (their page token, and the
    /// referral code pages were named by before schema 6); those pages must not stay published.
    public func eachErasedMemberPageName(_ body: (String) throws -> Void) throws {
        try db.query("SELECT page_token, referral_code FROM members WHERE erased_at IS NOT NULL") {
            try body($0.text(0))
            try body($0.text(1))
        }
    }

    /// When the member's personal data was erased, or nil.
    public func erasedAt(memberID: Int64) throws -> Date? {
        try db.one("SELECT erased_at FROM members WHERE id = ?", [memberID]) { $0.optionalInt(0) }.flatMap { $0 }.map(Date.init(unixSeconds:))
    }

    /// Everything stored about the member with this e-mail.
    public func personalData(email: String) throws -> PersonalData {
        let member = try requireMember(email: email)
        let orders = try db.all("SELECT ref, paid, refunded, earned, reversed, created_at FROM orders WHERE member_id = ? ORDER BY created_at, ref", [member.id]) {
            OrderRecord(ref: $0.text(0), paid: $0.int(1), refunded: $0.int(2), earned: $0.int(3), reversed: $0.int(4), created: Date(unixSeconds: $0.int(5)))
        }
        let events = try db.all("SELECT key, kind, payload, awarded, outcome, created_at FROM events WHERE member_id = ? ORDER BY created_at, key", [member.id]) {
            EventRecord(key: $0.text(0), kind: $0.text(1), payload: $0.text(2), points: $0.int(3), outcome: $0.text(4), created: Date(unixSeconds: $0.int(5)))
        }
        return PersonalData(member: member, erased: try erasedAt(memberID: member.id),
                            activity: try activity(memberID: member.id, limit: Int.max).reversed(),
                            coupons: try coupons(memberID: member.id).reversed(), orders: orders, events: events,
                            shopAccounts: try shopAccounts(memberID: member.id))
    }
}

extension Store {
    /// Everything stored about one person, read in one consistent snapshot.
    public func personalData(email: String) throws -> PersonalData { try read { try $0.personalData(email: email) } }
}
