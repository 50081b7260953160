import Foundation
import LoyaltyCore

/// A ledger entry the demo is about to write.
struct EntryDraft: Sendable {
    var kind: EntryKind
    var delta: Points
    var at: Int64
    var reason: String
    var eventKey: String?
    var ruleID: Int64?
    var reversesID: Int64?
    /// For points credited: when they expire (nil: never). For an expiry: the lot it empties.
    var expires: Int64?
    var lotID: Int64?
}

/// A coupon the demo is about to write.
struct CouponDraft: Sendable {
    let code: String
    let reward: Reward
    let description: String
    let type: String
    let value: Int64?
    let sku: String?
    let minimumSubtotal: Int64?
    let points: Points
    let entryID: Int64
    let orderRef: String
    let state: CouponState
    let at: Int64
}

/// One demo member's history, built in memory in time order and then written in one go. Entries get
/// their final ids as they are added, and their lots are kept by `LotBook`, exactly as the store does.
struct MemberHistory: Sendable {
    let memberID: Int64
    private let dates: DemoDates
    private let firstID: Int64
    private(set) var nextID: Int64
    private(set) var book = LotBook(balance: 0)
    private(set) var balance: Points = 0
    private(set) var earned: Points = 0
    private(set) var redeemed: Points = 0
    private(set) var entries: [(id: Int64, draft: EntryDraft, balanceAfter: Points)] = []
    /// Earnings that count for tiers, with when they happened.
    private var tierEarnings: [(at: Int64, points: Points)] = []
    var events: [(key: String, kind: String, payload: String, awarded: Points, outcome: String, entryID: Int64?, at: Int64)] = []
    var coupons: [CouponDraft] = []

    init(memberID: Int64, firstEntryID: Int64, dates: DemoDates) {
        self.memberID = memberID
        self.dates = dates
        firstID = firstEntryID
        nextID = firstEntryID
    }

    /// The latest thing the member did (an expiry is not something they did).
    var lastActivity: Int64? { entries.last { $0.draft.kind != .expire }?.draft.at }

    /// When the member first earned something (their first order or sign-up).
    var firstEarned: Int64? { entries.first { $0.draft.kind == .earn }?.draft.at }

    /// Adds an entry and returns its id; points credited expire counted from when they arrived.
    @discardableResult
    mutating func add(_ entry: EntryDraft) -> Int64 {
        var draft = entry
        if draft.delta > 0, draft.kind != .expire { draft.expires = dates.expiry(ofPointsEarnedAt: draft.at) }
        let id = nextID
        nextID += 1
        balance += draft.delta
        if draft.kind == .earn || draft.kind == .give {
            earned += draft.delta
            tierEarnings.append((draft.at, draft.delta))
        }
        if draft.kind == .reverse, draft.delta < 0 { tierEarnings.append((draft.at, draft.delta)) }
        if draft.kind == .redeem { redeemed -= draft.delta }
        book.apply(LedgerEntry(id: id, memberID: memberID, kind: draft.kind, delta: draft.delta, balanceAfter: balance, reason: draft.reason,
                               actor: "", at: Date(unixSeconds: draft.at), reversesID: draft.reversesID, lotID: draft.lotID,
                               expires: draft.expires.map(Date.init(unixSeconds:))))
        entries.append((id, draft, balance))
        return id
    }

    /// Expires what is left of every lot whose expiry is at or before `moment`, soonest first, each in
    /// an entry dated when it expired, as the daily job (or a late order's arrival) does.
    mutating func expireLots(dueBy moment: Int64) {
        let due = book.lots.values.filter { $0.remaining > 0 && $0.expires.map { $0.unixSeconds <= moment } == true }
            .sorted { ($0.expires!, $0.entryID) < ($1.expires!, $1.entryID) }
        for lot in due {
            let earned = entries[Int(lot.entryID - firstID)].draft.at
            add(EntryDraft(kind: .expire, delta: -lot.remaining, at: lot.expires!.unixSeconds, reason: "Points earned \(dates.day(earned)) expired",
                           lotID: lot.entryID))
        }
    }

    /// Points that count towards tiers earned in the programme's tier window ending at `end`.
    func earnedInWindow(endingAt end: Int64) -> Points {
        let start = dates.tierWindowStart(endingAt: end)
        return tierEarnings.filter { $0.at >= start && $0.at <= end }.reduce(0) { $0 + $1.points }
    }

    /// Writes the entries, lots, events and coupons, counting each entry into the demo's totals.
    func write(with statements: DemoStatements, actor: String, totals: inout DemoWriter) throws {
        for entry in entries {
            try statements.entry.run([entry.id, memberID, entry.draft.kind.rawValue, entry.draft.delta, entry.balanceAfter, entry.draft.reason,
                      actor, entry.draft.at, entry.draft.at, entry.draft.eventKey, entry.draft.ruleID, entry.draft.reversesID,
                      entry.draft.lotID, entry.draft.expires])
            totals.count(entry.draft.kind, delta: entry.draft.delta, at: entry.draft.at)
        }
        for lot in book.lots.values.sorted(by: { $0.entryID < $1.entryID }) {
            try statements.lot.run([lot.entryID, memberID, lot.amount, lot.remaining, lot.expires?.unixSeconds])
        }
        for event in events {
            try statements.event.run([event.key, event.kind, memberID, event.payload, event.awarded, event.outcome, event.entryID, event.at])
        }
        for coupon in coupons {
            try statements.coupon.run([coupon.code, memberID, coupon.reward.id, coupon.reward.name, coupon.description, coupon.type, coupon.value, coupon.sku,
                      coupon.minimumSubtotal, coupon.points, coupon.entryID, coupon.orderRef, coupon.state.rawValue, coupon.at,
                      coupon.state == .issued ? nil : coupon.at + 86_400])
        }
    }
}
