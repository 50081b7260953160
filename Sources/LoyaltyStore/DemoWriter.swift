import Foundation
import LoyaltyCore

/// Writes a demo programme's members and months of history in one transaction, fast enough for a
/// million members. It sets the database's triggers aside and writes the running totals itself in
/// one pass, but every point is computed by the domain rules (`pointsForSpend`, `awardedPoints`,
/// `tierReached`, `pointsToReverse`) and every lot by `LotBook`, so `check` proves the result.
struct DemoWriter {
    let tx: Transaction
    let rules: [EarningKind: EarningRule]
    let tiers: [Tier]
    /// Fixed rewards anyone may redeem, dearest first.
    let rewards: [(reward: Reward, cost: Points, fixed: FixedReward)]
    let currency: Currency
    let days: Int
    var random: SeededGenerator
    let now: Int64

    private var nextEntryID: Int64 = 1
    private var nextOrder: Int64 = 10_001
    private var nextEvent: Int64 = 1
    private var gained: [EntryKind: Points] = [:], lost: [EntryKind: Points] = [:], counts: [EntryKind: Int64] = [:]
    private var daily: [Int64: (issued: Points, redeemed: Points)] = [:]
    private var memberCounts: [String: Int64] = [:]
    private(set) var entriesWritten = 0, couponsWritten = 0

    init(tx: Transaction, rules: [EarningKind: EarningRule], seed: UInt64, days: Int) throws {
        self.tx = tx
        self.rules = rules
        tiers = try tx.tiers()
        currency = try tx.program().currency
        rewards = try tx.rewards().compactMap { reward in
            guard case .fixed(let fixed) = reward.kind, fixed.minimumTierID == nil, reward.active else { return nil }
            return (reward, fixed.cost, fixed)
        }.sorted { $0.cost > $1.cost }
        self.days = days
        random = SeededGenerator(seed: seed)
        now = tx.nowSeconds
    }

    /// Generates `count` members with their history; calls `progress` with the number done.
    /// The triggers and the non-unique indexes are set aside meanwhile and put back at the end
    /// (an index built in one sort is much faster than a million random insertions).
    mutating func run(members count: Int, progress: (Int) -> Void) throws {
        let setAside = try tx.db.all("""
            SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (type = 'trigger' AND tbl_name IN ('ledger', 'members')
                OR type = 'index' AND tbl_name IN ('ledger', 'lots', 'members', 'orders', 'coupons') AND sql NOT LIKE 'CREATE UNIQUE%')
            """) { (type: $0.text(0), name: $0.text(1), sql: $0.text(2)) }
        for item in setAside { try tx.db.execute("DROP \(item.type.uppercased()) \(item.name)") }
        let statements = try DemoStatements(tx.db)
        try tx.db.execute("PRAGMA cache_size = -262144")
        defer { try? tx.db.execute("PRAGMA cache_size = -2000") }
        nextEntryID = try tx.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM ledger")
        let firstMember = try tx.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM members")
        for index in 0..<count {
            try writeMember(id: firstMember + Int64(index), statements)
            if index % 10_000 == 9_999 { progress(index + 1) }
        }
        try writeTotals()
        for item in setAside { try tx.db.execute(item.sql) }
        progress(count)
    }

    /// One thing that happens to a member, in time order.
    private enum Happening { case signup, order, refund(order: String), review, newsletter, give }

    private mutating func writeMember(id: Int64, _ statements: DemoStatements) throws {
        let first = DemoNames.first[Int(random.below(Int64(DemoNames.first.count)))]
        let last = DemoNames.last[Int(random.below(Int64(DemoNames.last.count)))]
        let email = "\(first.ascii).\(last.ascii).\(id)@example.com"
        let roll = random.below(100)
        let status: MemberStatus = roll < 85 ? .member : roll < 95 ? .visitor : .pending
        let joined = now - random.below(Int64(days) * 86_400)
        var timeline: [(at: Int64, happening: Happening)] = status == .member ? [(joined, .signup)] : []
        let span = now - joined
        let later = { (random: inout SeededGenerator) in joined + random.below(span) }
        for _ in 0..<random.below(4) { timeline.append((later(&random), .order)) }
        if random.chance(15) { timeline.append((later(&random), .review)) }
        if random.chance(20) { timeline.append((later(&random), .newsletter)) }
        if random.chance(3) { timeline.append((later(&random), .give)) }
        timeline.sort { $0.at < $1.at }

        var history = MemberHistory(memberID: id, firstEntryID: nextEntryID)
        var orders: [String: (entry: Int64?, earned: Points, paid: Int64, refunded: Int64, reversed: Points)] = [:]
        var index = 0
        while index < timeline.count {
            let (at, happening) = timeline[index]
            index += 1
            switch happening {
            case .signup:
                try earn(&history, rule: .signup, points: 50, at: at, key: "signup:\(id)", payload: "member=\(id)", reason: "Signed up")
            case .order:
                let ref = String(nextOrder)
                nextOrder += 1
                let paid = 500 + random.below(11_500)
                let rule = rules[.order]!
                let base = try basePoints(for: rule, amount: Money(minorUnits: paid, currency: currency))
                let tier = tierReached(byEarned: history.earnedInWindow(endingAt: at, months: 12), tiers: tiers)
                let points = awardedPoints(base: base, rule: rule, tierMultiplier: tier?.multiplier ?? 100, campaignMultiplier: 100, earnedTodayFromRule: 0)
                let amount = Money(minorUnits: paid, currency: currency)
                let entry = try earn(&history, rule: .order, points: points, at: at, key: "order:\(ref)",
                                     payload: "email=\(email);amount=\(paid) \(currency.code);action=-", reason: "Order \(ref) (\(amount))")
                orders[ref] = (entry, points, paid, 0, 0)
                if random.chance(3), at + 2 * 86_400 < now {
                    let refundAt = at + 86_400 + random.below(86_400)
                    timeline.insert((refundAt, .refund(order: ref)), at: timeline[index...].firstIndex { $0.at > refundAt } ?? timeline.count)
                }
                if status == .member, random.chance(35), let choice = rewards.first(where: { $0.cost <= history.balance }) {
                    try redeem(&history, choice.reward, cost: choice.cost, discount: choice.fixed, at: at + 60, orderRef: ref)
                }
            case .refund(let ref):
                guard var order = orders[ref], let entry = order.entry else { break }
                let refunded = order.paid / 2
                let reversed = pointsToReverse(earned: order.earned, paid: order.paid, refundedSoFar: refunded, alreadyReversed: 0)
                if reversed > 0 {
                    history.add(EntryDraft(kind: .reverse, delta: -reversed, at: at, reason: "Refund of order \(ref)", eventKey: "refund:\(ref):r1", reversesID: entry))
                }
                history.events.append(("refund:\(ref):r1", "refund", "amount=\(refunded)", 0, "reversed \(reversed), returned 0", nil, at))
                order.refunded = refunded
                order.reversed = reversed
                orders[ref] = order
            case .review:
                let number = nextEvent
                nextEvent += 1
                try earn(&history, rule: .review, points: 20, at: at, key: "review:R\(number)", payload: "email=\(email);amount=-;action=-", reason: "Write a review (R\(number))")
            case .newsletter:
                try earn(&history, rule: .newsletter, points: 25, at: at, key: "newsletter:N\(id)", payload: "email=\(email);amount=-;action=-", reason: "Subscribe to newsletter (N\(id))")
            case .give:
                history.add(EntryDraft(kind: .give, delta: 100, at: at, reason: "Goodwill: order arrived late"))
            }
        }
        let tier = tierReached(byEarned: history.earnedInWindow(endingAt: now, months: 12), tiers: tiers) ?? tiers[0]
        try insertMember(statements, id: id, name: "\(first.display) \(last.display)", email: email, status: status, tier: tier, joined: joined, history: history)
        try history.write(with: statements, actor: tx.actor, totals: &self)
        nextEntryID = history.nextID
        for (ref, order) in orders {
            try statements.order.run([ref, id, order.paid, order.entry, order.earned, order.refunded, order.reversed, now])
        }
        memberCounts["\(status.rawValue)|\(tier.id)", default: 0] += 1
    }

    /// An earning entry and the event that caused it; returns the draft's number for later reference.
    @discardableResult
    private mutating func earn(_ history: inout MemberHistory, rule kind: EarningKind, points: Points, at: Int64,
                               key: String, payload: String, reason: String) throws -> Int64? {
        let rule = rules[kind]!
        let entryID = points > 0 ? history.add(EntryDraft(kind: .earn, delta: points, at: at, reason: reason, eventKey: key, ruleID: rule.id)) : nil
        history.events.append((key, kind.rawValue, payload, points, points > 0 ? "earned \(points) Stars" : "not awarded: the amount is below what earns a point", entryID, at))
        return entryID
    }

    private mutating func redeem(_ history: inout MemberHistory, _ reward: Reward, cost: Points, discount: FixedReward, at: Int64, orderRef: String) throws {
        var code = CouponCode.generate(using: &random)
        while try tx.db.scalar("SELECT count(*) FROM coupons WHERE code = ?", [code]) > 0 || history.coupons.contains(where: { $0.code == code }) {
            code = CouponCode.generate(using: &random)
        }
        let entryID = history.add(EntryDraft(kind: .redeem, delta: -cost, at: at, reason: "\(reward.name): coupon \(code)"))
        let used = at < now - 14 * 86_400 && random.chance(75)
        var value: Int64?, sku: String?
        switch discount.discount {
        case .percentOff(let p): value = p
        case .amountOff(let m): value = m.minorUnits
        case .freeProduct(let s): sku = s
        case .salePrice(let s, let price): sku = s; value = price.minorUnits
        case .freeShipping: break
        }
        history.coupons.append(CouponDraft(code: code, reward: reward, description: discount.discount.label, type: discount.discount.typeName, value: value, sku: sku,
                                           minimumSubtotal: discount.minimumSubtotal?.minorUnits, points: cost, entryID: entryID, orderRef: orderRef,
                                           state: used ? .used : .issued, at: at))
        couponsWritten += 1
    }

    private func insertMember(_ statements: DemoStatements, id: Int64, name: String, email: String, status: MemberStatus, tier: Tier, joined: Int64, history: MemberHistory) throws {
        let phone: String? = id % 3 == 0 ? "+31 6 \(10_000_000 + id % 90_000_000)" : nil
        let birthday: String? = id % 2 == 0 ? String(format: "%04d-%02d-%02d", 1950 + Int(id % 55), 1 + Int(id % 12), 1 + Int(id % 28)) : nil
        try statements.member.run([id, name, email, phone, birthday, status.rawValue, DemoWriter.referralCode(for: id), tier.id, history.balance, history.earned,
                  history.redeemed, joined, history.lastActivity])
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
