import Foundation

/// Why a balance changed. Every change of a balance is one ledger entry of one of these kinds.
public enum EntryKind: String, CaseIterable, Sendable, Codable {
    /// Points from a way to earn (order, sign-up, review, …).
    case earn
    /// Points spent on a reward.
    case redeem
    /// Points given by hand.
    case give
    /// Points removed by hand.
    case remove
    /// A balance set by hand to a number (the entry holds the difference).
    case set
    /// A correction of an earlier entry, e.g. a refund; it points at the entry it corrects.
    case reverse
    /// Points that reached their expiry date unspent.
    case expire

    /// How the kind reads in a member's activity.
    public var label: String {
        switch self {
        case .earn: return "Earned"
        case .redeem: return "Redeemed"
        case .give: return "Given"
        case .remove: return "Removed"
        case .set: return "Balance set"
        case .reverse: return "Reversed"
        case .expire: return "Expired"
        }
    }
}

/// One append-only ledger entry: a change of one member's balance, with why, who, when and the balance after.
public struct LedgerEntry: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var memberID: Int64
    public var kind: EntryKind
    public var delta: Points
    public var balanceAfter: Points
    public var reason: String
    /// The OS user who made the change, or "system" for jobs.
    public var actor: String
    /// When it happened: the order was placed, the refund made, the points given.
    public var at: Date
    /// When Loyalty recorded it; the same as `at` unless it was recorded later (an import of old orders).
    public var recorded: Date
    /// The idempotency key of the external event behind it, e.g. "order:1042".
    public var eventKey: String?
    /// The entry this one corrects (`reverse` entries only).
    public var reversesID: Int64?
    /// The lot this entry expires (`expire` entries only).
    public var lotID: Int64?
    /// When the points this entry adds expire, if expiry is on.
    public var expires: Date?

    public init(id: Int64, memberID: Int64, kind: EntryKind, delta: Points, balanceAfter: Points, reason: String,
                actor: String, at: Date, eventKey: String? = nil, reversesID: Int64? = nil, lotID: Int64? = nil, expires: Date? = nil,
                recorded: Date? = nil) {
        self.id = id
        self.memberID = memberID
        self.kind = kind
        self.delta = delta
        self.balanceAfter = balanceAfter
        self.reason = reason
        self.actor = actor
        self.at = at
        self.recorded = recorded ?? at
        self.eventKey = eventKey
        self.reversesID = reversesID
        self.lotID = lotID
        self.expires = expires
    }
}
