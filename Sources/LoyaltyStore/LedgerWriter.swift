import Foundation
import LoyaltyCore

extension Transaction {
    /// Appends one ledger entry that happened at `occurred` (now when nil) and keeps the member's lots
    /// in step. The balance, running totals and daily figures follow from triggers in the same
    /// transaction. Lots are spent through `LotBook`, the same code `check` replays, so the store and
    /// the proof cannot disagree. Points credited expire counted from `occurred`; when that is already
    /// past, the lot expires at once, in an entry dated when it expired, and is never spendable.
    /// Queues the "reward available" e-mail when `RewardAvailable` decides the entry crossed the
    /// cheapest reward's cost.
    @discardableResult
    func post(memberID: Int64, kind: EntryKind, delta: Points, reason: String, eventKey: String? = nil,
              ruleID: Int64? = nil, reversesID: Int64? = nil, lotID: Int64? = nil, occurred: Date? = nil, programme: ProgramSnapshot) throws -> LedgerEntry {
        guard delta != 0 else { throw LoyaltyError.balance(.entryChangesNothing) }
        let credits = delta > 0 && kind != .expire
        let (balance, lots) = credits ? try creditBook(memberID: memberID) : try debitBook(memberID: memberID)
        var book = lots
        let after = try Limits.balance(balance, changedBy: delta)
        let happened = occurred.map(\.unixSeconds) ?? nowSeconds
        let expires: Date? = delta > 0 && kind != .expire ? programme.expiry(ofPointsEarnedAt: Date(unixSeconds: happened)) : nil
        try db.run("""
            INSERT INTO ledger(member_id, kind, delta, balance_after, reason, actor, created_at, occurred_at, event_key, rule_id, reverses_id, lot_id, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [memberID, kind.rawValue, delta, after, reason, actor, nowSeconds, happened, eventKey, ruleID, reversesID, lotID, expires?.unixSeconds])
        let entry = LedgerEntry(id: db.lastInsertRowID, memberID: memberID, kind: kind, delta: delta, balanceAfter: after, reason: reason,
                                actor: actor, at: Date(unixSeconds: happened), eventKey: eventKey, reversesID: reversesID, lotID: lotID, expires: expires,
                                recorded: Date(unixSeconds: nowSeconds))
        if credits {
            let lot = book.credit(entryID: entry.id, amount: delta, expires: expires)
            try db.run("INSERT INTO lots(entry_id, member_id, amount, remaining, expires_at) VALUES (?, ?, ?, ?, ?)",
                       [lot.entryID, memberID, lot.amount, lot.remaining, lot.expires?.unixSeconds])
            if let expires, expires <= now, lot.remaining > 0 {
                try expire(lotID: entry.id, memberID: memberID, points: lot.remaining, earned: entry.at, expires: expires, programme: programme)
                return entry
            }
        } else {
            let before = book.lots
            book.apply(entry)
            for (id, lot) in book.lots where before[id]?.remaining != lot.remaining {
                try db.run("UPDATE lots SET remaining = ? WHERE entry_id = ?", [lot.remaining, id])
            }
        }
        if let email = RewardAvailable.email(memberID: memberID, from: balance, to: after, entryID: entry.id, programme: programme) {
            try queue(email.trigger, member: email.memberID, values: email.values, key: email.key)
        }
        return entry
    }

    /// The member's balance and lots for a credit, which needs only the balance (`LotBook(creditingBalance:)`).
    private func creditBook(memberID: Int64) throws -> (Points, LotBook) {
        let balance = try db.scalar("SELECT balance FROM members WHERE id = ?", [memberID])
        return (balance, LotBook(creditingBalance: balance))
    }

    /// The member's balance and open lots, for spending or expiring points.
    private func debitBook(memberID: Int64) throws -> (Points, LotBook) {
        let balance = try db.scalar("SELECT balance FROM members WHERE id = ?", [memberID])
        let openLots = try db.all("SELECT entry_id, amount, remaining, expires_at FROM lots WHERE member_id = ? AND remaining > 0", [memberID]) {
            Lot(entryID: $0.int(0), amount: $0.int(1), remaining: $0.int(2), expires: $0.optionalInt(3).map(Date.init(unixSeconds:)))
        }
        return (balance, LotBook(openLots: openLots, balance: balance))
    }
}
