import Foundation
import LoyaltyCore

/// Writes a demo programme's members and months of history in one transaction, fast enough for a
/// million members: a `DemoGenerator` makes up the members on another thread while this writes them.
/// The database's triggers are set aside and the running totals written in one pass; the rows are
/// consistent by construction, and `check` proves it.
struct DemoWriter {
    let tx: Transaction
    private var gained: [EntryKind: Points] = [:], lost: [EntryKind: Points] = [:], counts: [EntryKind: Int64] = [:]
    private var daily: [Int64: (issued: Points, redeemed: Points)] = [:]
    private var memberCounts: [String: Int64] = [:]
    private(set) var entriesWritten = 0, couponsWritten = 0

    init(tx: Transaction) {
        self.tx = tx
    }

    /// Generates and writes `count` members; calls `progress` with the number done.
    /// The triggers and the non-unique indexes are set aside meanwhile and put back at the end
    /// (an index built in one sort is much faster than a million random insertions); the member
    /// search index, whose triggers were set aside too, is rebuilt in one pass at the end.
    mutating func run(members count: Int, rules: [EarningKind: EarningRule], seed: UInt64, days: Int,
                      ordersPerMember: ClosedRange<Int> = 0...3, progress: (Int) -> Void) throws {
        let setAside = try tx.db.all("""
            SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (type = 'trigger' AND tbl_name IN ('ledger', 'members')
                OR type = 'index' AND tbl_name IN ('ledger', 'lots', 'members', 'orders', 'coupons', 'outbox') AND sql NOT LIKE 'CREATE UNIQUE%')
            """) { (type: $0.text(0), name: $0.text(1), sql: $0.text(2)) }
        for item in setAside { try tx.db.execute("DROP \(item.type.uppercased()) \(item.name)") }
        let statements = try DemoStatements(tx.db)
        let emails = try DemoEmails(tx: tx)
        try tx.db.execute("PRAGMA cache_size = -262144")
        defer { try? tx.db.execute("PRAGMA cache_size = -2000") }
        let generator = try DemoGenerator(tx: tx, rules: rules, seed: seed, days: days, ordersPerMember: ordersPerMember,
                                          firstEntryID: try tx.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM ledger"))
        let firstMember = try tx.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM members")
        let handOff = HandOff<[DemoMember]>(capacity: 8)
        defer { handOff.cancel() }
        Thread.detachNewThread {
            var generator = generator
            do {
                for start in stride(from: 0, to: count, by: 1_000) {
                    let batch = try (start..<min(count, start + 1_000)).map { try generator.member(id: firstMember + Int64($0)) }
                    guard handOff.put(batch) else { return }
                }
                handOff.finish(nil)
            } catch {
                handOff.finish(error)
            }
        }
        var written = 0
        while let batch = try handOff.take() {
            for member in batch { try write(member, statements, emails: emails) }
            written += batch.count
            if written % 10_000 == 0 { progress(written) }
        }
        try writeTotals()
        for item in setAside { try tx.db.execute(item.sql) }
        try tx.db.execute(rebuildMemberSearch)
        progress(count)
    }

    private mutating func write(_ member: DemoMember, _ statements: DemoStatements, emails: DemoEmails) throws {
        let id = member.id, history = member.history
        let phone: String? = id % 3 == 0 ? "+31 6 \(10_000_000 + id % 90_000_000)" : nil
        let birthday: String? = id % 2 == 0 ? String(format: "%04d-%02d-%02d", 1950 + Int(id % 55), 1 + Int(id % 12), 1 + Int(id % 28)) : nil
        try statements.member.run([id, member.name, member.email, phone, birthday, member.status.rawValue, DemoWriter.referralCode(for: id), member.tier.id,
                                   history.balance, history.earned, history.redeemed, member.joined, history.lastActivity])
        try history.write(with: statements, actor: tx.actor, totals: &self)
        for order in member.orders {
            try statements.order.run([order.ref, id, order.paid, order.entry, order.earned, order.refunded, order.reversed, tx.nowSeconds])
        }
        for message in emails.messages(for: member) {
            try statements.email.run([message.trigger.rawValue, message.key, id, member.name, member.email, message.mail.subject, message.mail.body,
                                      message.at, message.at + 60, message.at + 60])
        }
        memberCounts["\(member.status.rawValue)|\(member.tier.id)", default: 0] += 1
        couponsWritten += history.coupons.count
    }

    /// A unique referral code per member: the id scrambled by a multiplication that is a bijection modulo 31^8.
    static func referralCode(for id: Int64) -> String {
        let alphabet = CouponCode.alphabet, base = UInt64(alphabet.count)
        let modulus: UInt64 = 852_891_037_441  // 31^8
        var value = (UInt64(id) &* 387_420_489) % modulus
        return String((0..<8).map { _ in
            defer { value /= base }
            return alphabet[Int(value % base)]
        })
    }

    /// Adds one written entry to the running totals and daily figures.
    mutating func count(_ kind: EntryKind, delta: Points, at: Int64) {
        gained[kind, default: 0] += max(delta, 0)
        lost[kind, default: 0] += max(-delta, 0)
        counts[kind, default: 0] += 1
        var day = daily[at / 86_400] ?? (0, 0)
        if kind == .earn || kind == .give || kind == .set { day.issued += max(delta, 0) }
        if kind == .redeem { day.redeemed -= delta }
        daily[at / 86_400] = day
        entriesWritten += 1
    }

    private func writeTotals() throws {
        for kind in EntryKind.allCases {
            try tx.db.run("UPDATE point_totals SET gained = gained + ?, lost = lost + ?, entries = entries + ? WHERE kind = ?",
                          [gained[kind] ?? 0, lost[kind] ?? 0, counts[kind] ?? 0, kind.rawValue])
        }
        for (day, figures) in daily {
            try tx.db.run("""
                INSERT INTO daily_points(day, issued, redeemed) VALUES (?, ?, ?)
                ON CONFLICT(day) DO UPDATE SET issued = issued + excluded.issued, redeemed = redeemed + excluded.redeemed
                """, [day, figures.issued, figures.redeemed])
        }
        for (key, count) in memberCounts {
            let parts = key.split(separator: "|")
            try tx.db.run("""
                INSERT INTO member_counts(status, tier_id, count) VALUES (?, ?, ?)
                ON CONFLICT(status, tier_id) DO UPDATE SET count = count + excluded.count
                """, [String(parts[0]), Int64(parts[1])!, count])
        }
    }
}
