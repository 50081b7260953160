import Foundation
import LoyaltyCore

/// Makes up demo members and their months of history as plain values, with no database: every point
/// is decided by the same Core decisions live events go through (`Earning.decide`, `RefundDecision`),
/// from the member's balance and tier at that moment, and every lot comes from `LotBook`.
/// Deterministic from the seed; runs on its own thread beside the writer.
struct DemoGenerator: Sendable {
    /// The demo programme as set up, whose clock each decision moves to the moment it happens.
    let programmeAsSetUp: ProgramSnapshot
    let tiers: [Tier]
    /// Fixed rewards anyone may redeem, dearest first.
    let rewards: [DemoReward]
    let currency: Currency
    let days: Int
    /// How many orders a person places (see `DemoOptions.ordersPerMember`).
    let ordersPerMember: ClosedRange<Int>
    let now: Int64
    /// Expiry, tier windows and days of the programme's calendar over the demo's days.
    let dates: DemoDates
    var random: SeededGenerator
    var nextEntryID: Int64
    private var nextOrder: Int64 = 10_001
    private var nextEvent: Int64 = 1
    /// Codes handed out so far (a demo starts from an empty database, so these are all there are).
    private var issuedCodes: Set<String> = []

    init(tx: Transaction, rules: [EarningKind: EarningRule], seed: UInt64, days: Int, ordersPerMember: ClosedRange<Int> = 0...3, firstEntryID: Int64) throws {
        let loaded = try tx.programSnapshot()
        programmeAsSetUp = ProgramSnapshot(program: loaded.program, rules: Array(rules.values), campaigns: loaded.campaigns, tiers: loaded.tiers,
                                           activeEmails: loaded.activeEmails, cheapestReward: loaded.cheapestReward, now: loaded.now,
                                           calendar: loaded.calendar)
        tiers = loaded.tiers
        currency = loaded.program.currency
        rewards = try tx.rewards().compactMap { reward in
            guard case .fixed(let fixed) = reward.kind, fixed.minimumTierID == nil, reward.active else { return nil }
            return DemoReward(reward: reward, cost: fixed.cost, fixed: fixed)
        }.sorted { $0.cost > $1.cost }
        self.days = days
        self.ordersPerMember = ordersPerMember
        random = SeededGenerator(seed: seed)
        now = tx.nowSeconds
        dates = DemoDates(programme: programmeAsSetUp, from: now - Int64(days) * 86_400, to: now)
        nextEntryID = firstEntryID
    }

    /// One thing that happens to a member, in time order.
    private enum Happening { case signup, order, refund(order: String), review, newsletter, give }

    /// The next member with their whole history, in time order.
    mutating func member(id: Int64) throws -> DemoMember {
        let first = DemoNames.first[Int(random.below(Int64(DemoNames.first.count)))]
        let last = DemoNames.last[Int(random.below(Int64(DemoNames.last.count)))]
        let email = "\(first.ascii).\(last.ascii).\(id)@example.com"
        let roll = random.below(100)
        let status: MemberStatus = roll < 85 ? .member : roll < 95 ? .visitor : .pending
        let joined = now - random.below(Int64(days) * 86_400)
        var timeline: [(at: Int64, happening: Happening)] = status == .member ? [(joined, .signup)] : []
        let span = now - joined
        let later = { (random: inout SeededGenerator) in joined + random.below(span) }
        let orderCount = Int64(ordersPerMember.lowerBound) + random.below(Int64(ordersPerMember.count))
        for _ in 0..<orderCount { timeline.append((later(&random), .order)) }
        if random.chance(15) { timeline.append((later(&random), .review)) }
        if random.chance(20) { timeline.append((later(&random), .newsletter)) }
        if random.chance(3) { timeline.append((later(&random), .give)) }
        timeline.sort { $0.at < $1.at }

        var history = MemberHistory(memberID: id, firstEntryID: nextEntryID, dates: dates)
        var orders: [String: (entry: Int64?, earned: Points, paid: Int64, refunded: Int64, reversed: Points)] = [:]
        var index = 0
        while index < timeline.count {
            let (at, happening) = timeline[index]
            index += 1
            history.expireLots(dueBy: at)
            switch happening {
            case .signup:
                let signup = ProgrammeEarning.signup(memberID: id)
                try earn(&history, Earning.decide(signup, programme: programme(at: at), member: snapshot(of: history, at: at)),
                         kind: .signup, at: at, key: signup.key, payload: signup.payload)
            case .order:
                let ref = String(nextOrder)
                nextOrder += 1
                let paid = 500 + random.below(11_500)
                let event = EarningEvent(kind: .order, externalID: ref, email: email, amount: Money(minorUnits: paid, currency: currency))
                let decision = try Earning.decide(event, programme: programme(at: at), member: snapshot(of: history, at: at))
                let entry = earn(&history, decision, kind: .order, at: at, key: event.key, payload: event.payload)
                orders[ref] = (entry, decision.points, paid, 0, 0)
                if random.chance(3), at + 2 * 86_400 < now {
                    let refundAt = at + 86_400 + random.below(86_400)
                    timeline.insert((refundAt, .refund(order: ref)), at: timeline[index...].firstIndex { $0.at > refundAt } ?? timeline.count)
                }
                if status == .member, random.chance(35), let choice = rewards.first(where: { $0.cost <= history.balance }) {
                    try redeem(&history, choice.reward, cost: choice.cost, discount: choice.fixed, at: at + 60, orderRef: ref)
                }
            case .refund(let ref):
                guard var order = orders[ref], let entry = order.entry else { break }
                let request = RefundRequest(orderRef: ref, refundID: "r1", amount: Money(minorUnits: order.paid / 2, currency: currency))
                let refund = RefundDecision.decide(request, order: RefundedOrder(ref: ref, memberID: id, paid: order.paid, earnedEntryID: entry, earned: order.earned,
                                                                                 refunded: 0, reversed: 0, expired: 0),
                                                   coupons: [], programme: programme(at: at), member: snapshot(of: history, at: at))
                let reversed = refund.reversed
                for posting in refund.changes.postings {
                    history.add(EntryDraft(kind: posting.kind, delta: posting.delta, at: at, reason: posting.reason, eventKey: posting.eventKey, reversesID: posting.reversesID))
                }
                history.events.append((request.key, "refund", request.payload, 0, "reversed \(reversed), returned 0", nil, at))
                order.refunded = refund.refundedNow
                order.reversed = reversed
                orders[ref] = order
            case .review:
                let number = nextEvent
                nextEvent += 1
                let review = EarningEvent(kind: .review, externalID: "R\(number)", email: email)
                try earn(&history, Earning.decide(review, programme: programme(at: at), member: snapshot(of: history, at: at)),
                         kind: .review, at: at, key: review.key, payload: review.payload)
            case .newsletter:
                let newsletter = EarningEvent(kind: .newsletter, externalID: "N\(id)", email: email)
                try earn(&history, Earning.decide(newsletter, programme: programme(at: at), member: snapshot(of: history, at: at)),
                         kind: .newsletter, at: at, key: newsletter.key, payload: newsletter.payload)
            case .give:
                history.add(EntryDraft(kind: .give, delta: 100, at: at, reason: "Goodwill: order arrived late"))
            }
        }
        history.expireLots(dueBy: now)
        nextEntryID = history.nextID
        let tier = tier(reaching: history.earnedInWindow(endingAt: now))
        // A visitor was added by their first order (or whatever else first earned them points).
        let joinedAt = status == .visitor ? history.firstEarned ?? joined : joined
        return DemoMember(id: id, name: "\(first.display) \(last.display)", email: email, status: status, tier: tier, joined: joinedAt,
                          history: history, orders: orders.sorted { $0.key < $1.key }.map { DemoOrder(ref: $0.key, entry: $0.value.entry, earned: $0.value.earned,
                                                                                                  paid: $0.value.paid, refunded: $0.value.refunded, reversed: $0.value.reversed) })
    }

    /// The programme as a decision at `at` sees it: its campaigns running then (only the postings a
    /// decision returns are used; the tier comes from `snapshot(of:at:)`).
    private func programme(at: Int64) -> ProgramSnapshot {
        let moment = Date(unixSeconds: at)
        let setUp = programmeAsSetUp
        return ProgramSnapshot(program: setUp.program, rules: setUp.rules, campaigns: setUp.campaigns, tiers: setUp.tiers,
                               activeEmails: setUp.activeEmails, cheapestReward: setUp.cheapestReward, now: moment, calendar: setUp.calendar)
    }

    /// The tier `earned` (points earned within the tier window) reaches.
    private func tier(reaching earned: Points) -> Tier {
        tierReached(byEarned: earned, tiers: tiers) ?? tiers[0]
    }

    /// The member as a decision at `at` sees them: their balance, and the tier their earnings reach then.
    private func snapshot(of history: MemberHistory, at: Int64) -> MemberSnapshot {
        let earned = history.earnedInWindow(endingAt: at)
        return MemberSnapshot(id: history.memberID, balance: history.balance, tierID: tier(reaching: earned).id, earnedInWindow: earned)
    }

    /// Adds what an earning decision posts and the event that caused it, with the decision's outcome;
    /// returns the entry's number for later reference (nil when nothing was awarded).
    @discardableResult
    private func earn(_ history: inout MemberHistory, _ decision: EarningDecision, kind: EarningKind, at: Int64, key: String, payload: String) -> Int64? {
        var entryID: Int64?
        for posting in decision.changes.postings {
            entryID = history.add(EntryDraft(kind: posting.kind, delta: posting.delta, at: at, reason: posting.reason, eventKey: posting.eventKey, ruleID: posting.ruleID))
        }
        history.events.append((key, kind.rawValue, payload, decision.points, decision.message, entryID, at))
        return entryID
    }

    private mutating func redeem(_ history: inout MemberHistory, _ reward: Reward, cost: Points, discount: FixedReward, at: Int64, orderRef: String) throws {
        var code = CouponCode.generate(using: &random)
        while !issuedCodes.insert(code).inserted { code = CouponCode.generate(using: &random) }
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
        history.coupons.append(CouponDraft(code: code, reward: reward, description: reward.customerGives(in: programmeAsSetUp.program.customerLanguage), type: discount.discount.typeName, value: value, sku: sku,
                                           minimumSubtotal: discount.minimumSubtotal?.minorUnits, points: cost, entryID: entryID, orderRef: orderRef,
                                           state: used ? .used : .issued, at: at))
    }

}

/// A fixed reward the demo's members redeem.
struct DemoReward: Sendable {
    let reward: Reward
    let cost: Points
    let fixed: FixedReward
}

/// One demo order, as the orders table keeps it for refunds.
struct DemoOrder: Sendable {
    let ref: String
    let entry: Int64?
    let earned: Points
    let paid: Int64
    let refunded: Int64
    let reversed: Points
}

/// One demo member, ready to write.
struct DemoMember: Sendable {
    let id: Int64
    let name: String
    let email: String
    let status: MemberStatus
    let tier: Tier
    let joined: Int64
    let history: MemberHistory
    let orders: [DemoOrder]
}
