import Foundation
import LoyaltyCore

extension Transaction {
    /// Proves every stored figure from the ledger: replays each member's entries through `LotBook`,
    /// and compares balances, lifetime totals, lots, running totals and member counts with what is
    /// stored; checks every reversal and coupon; runs SQLite's integrity check. Returns each mismatch
    /// as a sentence (empty when all is well). A file SQLite finds damaged gets only SQLite's findings:
    /// the figures read from damaged pages would prove nothing.
    public func check() throws -> [String] {
        let integrity: [String]
        do {
            integrity = try db.all("PRAGMA integrity_check") { $0.text(0) }.filter { $0 != "ok" }.map { "SQLite integrity: \($0)" }
        } catch let error as SQLiteError where error.isDamaged {
            integrity = ["SQLite integrity: \(error.message)"]
        }
        if !integrity.isEmpty { return integrity }
        var problems = try db.all("PRAGMA foreign_key_check") { "foreign key: \($0.text(0)) row \($0.int(1)) points at a missing \($0.text(2))" }
        problems += try checkMembers()
        problems += try checkRunningTotals()
        problems += try db.all("""
            SELECT o.id, o.delta, (SELECT sum(r.delta) FROM ledger r WHERE r.reverses_id = o.id) FROM ledger o
            WHERE o.id IN (SELECT reverses_id FROM ledger WHERE reverses_id IS NOT NULL)
              AND abs((SELECT sum(r.delta) FROM ledger r WHERE r.reverses_id = o.id)) > abs(o.delta)
            """) { "entry \($0.int(0)) of \($0.int(1)) points has reversals of \($0.int(2)) points, more than the entry itself" }
        problems += try db.all("""
            SELECT c.code FROM coupons c LEFT JOIN ledger e ON e.id = c.redeem_entry_id
            WHERE e.id IS NULL OR e.kind != 'redeem' OR e.delta != -c.points OR e.member_id != c.member_id
            """) { "coupon \($0.text(0)) does not match the redemption entry it points at" }
        return problems
    }

    /// Streams the ledger in member order, replaying one member at a time, so memory stays flat
    /// however large the database is.
    private func checkMembers() throws -> [String] {
        var problems: [String] = []
        var current: (id: Int64, book: LotBook, balance: Points, earned: Points, redeemed: Points)?
        var touched: [Int64: Lot] = [:]
        let rescheduled = try lotExpiryChangesByMember()
        var pending: ArraySlice<(afterEntry: Int64, lotID: Int64, expires: Date)> = []
        /// Gives lots the expiry a later change of the programme's expiry gave them, up to `entryID`.
        func reschedule(_ book: inout LotBook, before entryID: Int64?) {
            while let change = pending.first, entryID.map({ change.afterEntry < $0 }) ?? true {
                book.reschedule(lotID: change.lotID, expires: change.expires)
                if let lot = book.lots[change.lotID] { touched[change.lotID] = lot }
                pending.removeFirst()
            }
        }
        func finish() throws {
            guard var state = current else { return }
            reschedule(&state.book, before: nil)
            problems += try compare(memberID: state.id, balance: state.balance, earned: state.earned, redeemed: state.redeemed, lots: touched)
            touched = [:]
        }
        try db.query("""
            SELECT \(Transaction.entryColumns) FROM ledger INDEXED BY ledger_by_member ORDER BY member_id, id
            """) { row in
            let entry = Transaction.entry(from: row)
            if current?.id != entry.memberID {
                try finish()
                current = (entry.memberID, LotBook(balance: 0), 0, 0, 0)
                pending = (rescheduled[entry.memberID] ?? [])[...]
            }
            guard var state = current else { return }
            reschedule(&state.book, before: entry.id)
            let (balance, overflow) = state.balance.addingReportingOverflow(entry.delta)
            state.balance = overflow ? entry.balanceAfter : balance
            if overflow {
                problems.append("entry \(entry.id) changes the balance by \(entry.delta), beyond any balance Loyalty can count")
            } else if entry.balanceAfter != state.balance {
                problems.append("entry \(entry.id) says the balance after it is \(entry.balanceAfter), but the entries before it add up to \(state.balance)")
                state.balance = entry.balanceAfter
            }
            if entry.kind == .earn || entry.kind == .give { state.earned = state.earned &+ entry.delta }
            if entry.kind == .redeem { state.redeemed = state.redeemed &- entry.delta }
            state.book.apply(entry)
            for (id, lot) in state.book.lots { touched[id] = lot }
            state.book.dropEmptyLots()
            current = state
        }
        try finish()
        problems += try db.all("""
            SELECT m.id, m.email, m.balance, m.earned_total, m.redeemed_total FROM members m
            WHERE (m.balance != 0 OR m.earned_total != 0 OR m.redeemed_total != 0 OR EXISTS (SELECT 1 FROM lots l WHERE l.member_id = m.id))
              AND NOT EXISTS (SELECT 1 FROM ledger e WHERE e.member_id = m.id)
            """) { "member \($0.int(0)) (\($0.text(1))) has no ledger entries but holds balance \($0.int(2)), earned \($0.int(3)), redeemed \($0.int(4)) or lots" }
        problems += try db.all("SELECT DISTINCT e.member_id FROM ledger e LEFT JOIN members m ON m.id = e.member_id WHERE m.id IS NULL") {
            "ledger entries belong to member \($0.int(0)), who does not exist"
        }
        return problems
    }

    /// Compares one member's stored figures and lots with the replayed ones.
    private func compare(memberID: Int64, balance: Points, earned: Points, redeemed: Points, lots: [Int64: Lot]) throws -> [String] {
        guard let member = try db.one("SELECT email, balance, earned_total, redeemed_total FROM members WHERE id = ?", [memberID], {
            (email: $0.text(0), balance: $0.int(1), earned: $0.int(2), redeemed: $0.int(3))
        }) else { return [] }
        var problems: [String] = []
        let who = "member \(memberID) (\(member.email))"
        if member.balance != balance { problems.append("\(who): balance is \(member.balance) but the ledger adds up to \(balance)") }
        if member.earned != earned { problems.append("\(who): lifetime earned is \(member.earned) but the ledger adds up to \(earned)") }
        if member.redeemed != redeemed { problems.append("\(who): redeemed is \(member.redeemed) but the ledger adds up to \(redeemed)") }
        var stored: [Int64: Lot] = [:]
        try db.query("SELECT entry_id, amount, remaining, expires_at FROM lots WHERE member_id = ?", [memberID]) { row in
            stored[row.int(0)] = Lot(entryID: row.int(0), amount: row.int(1), remaining: row.int(2), expires: row.optionalInt(3).map(Date.init(unixSeconds:)))
        }
        for (lotID, lot) in lots.sorted(by: { $0.key < $1.key }) where stored[lotID] != lot {
            if let found = stored[lotID], found.remaining == lot.remaining, found.amount == lot.amount {
                problems.append("\(who): lot of entry \(lotID) expires \(found.expires.map { String($0.unixSeconds) } ?? "never") but replaying the ledger and its expiry changes gives \(lot.expires.map { String($0.unixSeconds) } ?? "never")")
                continue
            }
            problems.append("\(who): lot of entry \(lotID) holds \(stored[lotID].map { String($0.remaining) } ?? "nothing") but replaying the ledger leaves \(lot.remaining) of \(lot.amount)")
        }
        for lotID in stored.keys.sorted() where lots[lotID] == nil {
            problems.append("\(who): lot of entry \(lotID) is stored but no entry of the member added it")
        }
        return problems
    }

    private func checkRunningTotals() throws -> [String] {
        var problems = try db.all("""
            SELECT t.kind, t.gained, t.lost, t.entries, coalesce(s.gained, 0), coalesce(s.lost, 0), coalesce(s.entries, 0) FROM point_totals t
            LEFT JOIN (SELECT kind, sum(max(delta, 0)) AS gained, sum(max(-delta, 0)) AS lost, count(*) AS entries FROM ledger GROUP BY kind) s ON s.kind = t.kind
            WHERE t.gained != coalesce(s.gained, 0) OR t.lost != coalesce(s.lost, 0) OR t.entries != coalesce(s.entries, 0)
            """) { "running total for \($0.text(0)) says +\($0.int(1)) -\($0.int(2)) in \($0.int(3)) entries; the ledger has +\($0.int(4)) -\($0.int(5)) in \($0.int(6))" }
        problems += try db.all("""
            SELECT s.status, s.tier_id, coalesce(c.count, 0), s.n FROM (SELECT status, tier_id, count(*) AS n FROM members GROUP BY status, tier_id) s
            LEFT JOIN member_counts c ON c.status = s.status AND c.tier_id = s.tier_id WHERE coalesce(c.count, 0) != s.n
            UNION ALL
            SELECT c.status, c.tier_id, c.count, 0 FROM member_counts c
            WHERE c.count != 0 AND NOT EXISTS (SELECT 1 FROM members m WHERE m.status = c.status AND m.tier_id = c.tier_id)
            """) { "member count for \($0.text(0)) in tier \($0.int(1)) says \($0.int(2)) but there are \($0.int(3))" }
        problems += try db.all("""
            SELECT d.day, d.issued, d.redeemed, coalesce(s.issued, 0), coalesce(s.redeemed, 0) FROM daily_points d LEFT JOIN (
                SELECT occurred_at / 86400 AS day, sum(CASE WHEN kind IN ('earn', 'give', 'set') THEN max(delta, 0) ELSE 0 END) AS issued,
                       sum(CASE WHEN kind = 'redeem' THEN -delta ELSE 0 END) AS redeemed FROM ledger GROUP BY day) s ON s.day = d.day
            WHERE d.issued != coalesce(s.issued, 0) OR d.redeemed != coalesce(s.redeemed, 0)
            """) { "daily figures for day \($0.int(0)) say \($0.int(1)) issued / \($0.int(2)) redeemed; the ledger has \($0.int(3)) / \($0.int(4))" }
        return problems
    }
}

extension Store {
    /// Recomputes everything from the ledger; see `Transaction.check()`.
    public func check() throws -> [String] { try read { try $0.check() } }
}
