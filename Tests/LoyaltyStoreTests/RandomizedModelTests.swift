import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Thousands of seeded random operations applied to the store and to a small model written here from
/// the rules in issue 2 (balances, FIFO lots with expiry, debt, refunds, coupons) — independently of
/// `LotBook`, so a bug there shows up as a disagreement. After every step the touched members'
/// balances and lots agree; every `checkEvery` steps and at the end all members agree, the running
/// totals agree and `check()` finds nothing.
///
/// `LOYALTY_SEED=N` runs one seed; `LOYALTY_MODEL_STEPS=N` runs N steps per seed.
final class RandomizedModelTests: XCTestCase {
    static let defaultSeeds: [UInt64] = [20_250_101, 0x5EED_CAFE, 7_777_777]

    func testRandomOperationsAgreeWithAnIndependentModel() throws {
        let environment = ProcessInfo.processInfo.environment
        let seeds = environment["LOYALTY_SEED"].flatMap { UInt64($0) }.map { [$0] } ?? Self.defaultSeeds
        let steps = environment["LOYALTY_MODEL_STEPS"].flatMap { Int($0) } ?? 1500
        for seed in seeds {
            let run = try ModelRun(seed: seed, steps: steps)
            do {
                try run.go()
            } catch let stop as StopRun {
                XCTFail(stop.message)
            }
        }
    }
}

/// Ends one seed's run at its first disagreement, with the seed, step and recent operations.
struct StopRun: Error { let message: String }

// MARK: - The model

/// Points that arrived together, with what is left and when they expire (Unix seconds).
struct ModelLot: Equatable, CustomStringConvertible {
    let seq: Int
    let amount: Int64
    var remaining: Int64
    let expires: Int64?
    /// What the expiry job took from this lot; a refund never takes those points a second time.
    var expired: Int64 = 0
    var description: String { "\(remaining)/\(amount)@\(expires.map(String.init) ?? "never")" }
}

struct ModelPerson {
    var status: MemberStatus
    var lots: [ModelLot] = []
    /// Points taken that no lot could cover (refunds of spent points); paid off by the next points.
    var debt: Int64 = 0
    /// The sign-up event happened (awarded or not); it never happens again.
    var signedUp = false
    var balance: Int64 { lots.reduce(0) { $0 + $1.remaining } - debt }
}

struct ModelOrder {
    let ref: String
    let email: String
    let paid: Int64
    let earned: Int64
    let lotSeq: Int?
    var refunded: Int64 = 0
    var reversed: Int64 = 0
    /// The event as sent, to send it again.
    let event: EarningEvent
}

struct ModelCoupon {
    let code: String
    let email: String
    let points: Int64
    var returned: Int64 = 0
    var state: CouponState = .issued
    let orderRef: String?
}

/// The programme as issue 2 describes it, kept in plain dictionaries.
struct Model {
    var active = true
    var expiryMonths: Int?
    var people: [String: ModelPerson] = [:]
    var orders: [String: ModelOrder] = [:]
    var orderRefs: [String] = []
    var coupons: [ModelCoupon] = []
    /// Refund key → (request, reversed, returned) of its first arrival.
    var refunds: [String: (request: RefundRequest, reversed: Int64, returned: Int64)] = [:]
    var refundKeys: [String] = []
    var nextSeq = 0
    var issued: Int64 = 0
    var redeemed: Int64 = 0
    var expired: Int64 = 0
    let calendar: Calendar

    /// Lots spend soonest expiry first, never-expiring last, older first.
    static func spendsEarlier(_ a: ModelLot, _ b: ModelLot) -> Bool {
        switch (a.expires, b.expires) {
        case let (x?, y?): return x != y ? x < y : a.seq < b.seq
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.seq < b.seq
        }
    }

    /// Points arrive: debt is paid first, the rest is a new lot expiring `expiryMonths` from now.
    @discardableResult
    mutating func credit(_ email: String, _ amount: Int64, now: Int64) -> Int {
        var person = people[email]!
        let paysDebt = min(person.debt, amount)
        person.debt -= paysDebt
        let expires = expiryMonths.map { months in
            Int64(calendar.date(byAdding: .month, value: months, to: Date(timeIntervalSince1970: TimeInterval(now)))!.timeIntervalSince1970)
        }
        nextSeq += 1
        person.lots.append(ModelLot(seq: nextSeq, amount: amount, remaining: amount - paysDebt, expires: expires))
        people[email] = person
        return nextSeq
    }

    /// Points leave: from `preferred` first (a reversal takes back its own points), then in spending order;
    /// what the lots cannot cover becomes debt.
    mutating func debit(_ email: String, _ amount: Int64, preferred: Int? = nil) {
        var person = people[email]!
        var order = person.lots.indices.filter { person.lots[$0].remaining > 0 }
            .sorted { Model.spendsEarlier(person.lots[$0], person.lots[$1]) }
        if let preferred, let at = order.firstIndex(where: { person.lots[$0].seq == preferred }) {
            order.insert(order.remove(at: at), at: 0)
        }
        var left = amount
        for index in order where left > 0 {
            let taken = min(left, person.lots[index].remaining)
            person.lots[index].remaining -= taken
            left -= taken
        }
        person.debt += left
        people[email] = person
    }

    /// The daily job: every lot at or past its date gives up what is left. Returns (lots, points).
    mutating func expire(now: Int64) -> (Int, Int64) {
        var lots = 0, points: Int64 = 0
        for email in people.keys {
            for index in people[email]!.lots.indices {
                let lot = people[email]!.lots[index]
                if lot.remaining > 0, let expires = lot.expires, expires <= now {
                    lots += 1
                    points += lot.remaining
                    people[email]!.lots[index].remaining = 0
                    people[email]!.lots[index].expired = lot.remaining
                }
            }
        }
        expired += points
        return (lots, points)
    }

    /// Becoming a member for the first time earns the sign-up points while the programme is active.
    mutating func becameMember(_ email: String, now: Int64) {
        guard people[email]!.signedUp == false else { return }
        people[email]!.signedUp = true
        if active {
            credit(email, ModelRun.signupPoints, now: now)
            issued += ModelRun.signupPoints
        }
    }
}

// MARK: - One seeded run

final class ModelRun {
    static let signupPoints: Int64 = 25
    static let fixedCost: Int64 = 100
    static let flexibleMinimum: Int64 = 20
    static let flexiblePercentCap: Int64 = 30

    let seed: UInt64
    let steps: Int
    let checkEvery = 50
    var random: SeededGenerator
    let store: Store
    var model: Model
    var now: Int64 = 1_735_689_600 // 2025-01-01 00:00 UTC
    var step = 0
    var recent: [String] = []
    let emails = (1...8).map { "person\($0)@example.com" }
    var fixedID: Int64 = 0
    var flexibleID: Int64 = 0
    var orderCounter = 0
    var refundCounter = 0
    /// Per kind of operation: how often the store accepted and refused it, to show the run was not trivial.
    var tally: [String: (accepted: Int, refused: Int)] = [:]

    init(seed: UInt64, steps: Int) throws {
        self.seed = seed
        self.steps = steps
        random = SeededGenerator(seed: seed)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        store = try Store.inMemory(actor: "model")
        store.calendar = utc
        let expiry = [nil, 1, 2, 3, 6][Int(random.next() % 5)]
        model = Model(expiryMonths: expiry, calendar: utc)
        setClock()
        try store.updateProgram(ProgramUpdate(name: "Model shop", expiryMonths: .some(expiry)))
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro))))
        _ = try store.addRule(EarningRule(kind: .signup, award: .fixed(Self.signupPoints)))
        fixedID = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: Self.fixedCost, discount: .amountOff(Money(minorUnits: 500, currency: .euro)))))).id
        flexibleID = try store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(
            points: 100, value: Money(minorUnits: 100, currency: .euro), minimumPoints: Self.flexibleMinimum,
            maximumDiscount: .percentOfOrder(Self.flexiblePercentCap))))).id
        try store.launch()
        for email in emails.prefix(4) {
            _ = try store.addMember(MemberDetails(name: "Person", email: email), status: .member)
            model.people[email] = ModelPerson(status: .member)
            model.becameMember(email, now: now)
        }
        note("start: expiry \(expiry.map { "\($0) months" } ?? "off")")
    }

    // MARK: helpers

    func setClock() {
        let moment = Date(timeIntervalSince1970: TimeInterval(now))
        store.now = { moment }
    }

    func int(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &random) }
    func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &random)] }
    func anyEmail() -> String { pick(emails)! }
    func knownEmail() -> String? { pick(emails.filter { model.people[$0] != nil }) }

    func note(_ text: String) {
        recent.append("step \(step): \(text)")
        if recent.count > 12 { recent.removeFirst() }
    }

    func stop(_ message: String) -> StopRun {
        StopRun(message: """
            randomized model test: seed \(seed) step \(step): \(message)
            re-run with: LOYALTY_SEED=\(seed) LOYALTY_MODEL_STEPS=\(steps) swift test --filter RandomizedModelTests
            recent operations:
              \(recent.joined(separator: "\n  "))
            """)
    }

    func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw stop(message()) }
    }

    /// Runs a store operation the model expects to succeed (`refuses == false`) or to be refused.
    /// Returns the store's result when it succeeded.
    func agree<T>(_ what: String, refuses: Bool, _ body: () throws -> T) throws -> T? {
        note(what + (refuses ? " (model: refused)" : ""))
        let kind = what.split(separator: " ").prefix(what.hasPrefix("redeem") ? 2 : 1).joined(separator: " ") + (what.contains(" again") ? " again" : "")
        if refuses { tally[kind, default: (0, 0)].refused += 1 } else { tally[kind, default: (0, 0)].accepted += 1 }
        do {
            let result = try body()
            if refuses { throw stop("\(what): the store accepted it but the model refuses it") }
            return result
        } catch let error as LoyaltyError {
            if !refuses { throw stop("\(what): the store refused it (\(error)) but the model accepts it") }
            return nil
        } catch let error as StopRun {
            throw error
        } catch {
            throw stop("\(what): unexpected error \(error)")
        }
    }

    // MARK: the run

    func go() throws {
        for s in 1...steps {
            step = s
            let touched = try randomOperation()
            for email in touched { try verify(email) }
            if s % checkEvery == 0 { try verifyEverything() }
        }
        try verifyEverything()
        let debtors = model.people.values.filter { $0.debt > 0 }.count
        print("randomized model test: seed \(seed), \(steps) steps, expiry \(model.expiryMonths.map { "\($0) months" } ?? "off") at the end, "
              + "\(model.expired) points expired, \(debtors) members in debt; accepted/refused: "
              + tally.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.accepted)/\($0.value.refused)" }.joined(separator: ", "))
    }

    func verify(_ email: String) throws {
        guard let person = model.people[email] else {
            let exists = (try? store.member(email: email)) != nil
            try expect(!exists, "\(email) exists in the store but not in the model")
            return
        }
        let member: Member
        do { member = try store.member(email: email) } catch { throw stop("\(email) is in the model but the store says: \(error)") }
        try expect(member.balance == person.balance, "\(email): store balance \(member.balance), model balance \(person.balance)")
        try expect(member.status == person.status, "\(email): store status \(member.status), model status \(person.status)")
        let lots = try store.db.all("SELECT amount, remaining, expires_at FROM lots WHERE member_id = ? ORDER BY entry_id", [member.id]) {
            "\($0.int(1))/\($0.int(0))@\($0.optionalInt(2).map(String.init) ?? "never")"
        }
        try expect(lots == person.lots.map(\.description), "\(email): store lots \(lots), model lots \(person.lots.map(\.description))")
    }

    func verifyEverything() throws {
        for email in emails { try verify(email) }
        let problems = try store.check()
        try expect(problems.isEmpty, "check() found: \(problems.joined(separator: "; "))")
        let stats = try store.statistics()
        let unredeemed = model.people.values.reduce(0) { $0 + $1.balance }
        try expect(stats.unredeemed == unredeemed, "statistics: unredeemed \(stats.unredeemed), model \(unredeemed)")
        try expect(stats.issued == model.issued, "statistics: issued \(stats.issued), model \(model.issued)")
        try expect(stats.redeemed == model.redeemed, "statistics: redeemed \(stats.redeemed), model \(model.redeemed)")
        try expect(stats.expired == model.expired, "statistics: expired \(stats.expired), model \(model.expired)")
        var byStatus: [MemberStatus: Int64] = [:]
        for person in model.people.values { byStatus[person.status, default: 0] += 1 }
        try expect(stats.membersByStatus.filter { $0.value != 0 } == byStatus, "statistics: members by status \(stats.membersByStatus), model \(byStatus)")
        let coupons = try store.coupons(limit: 1_000_000)
        try expect(coupons.count == model.coupons.count, "store has \(coupons.count) coupons, model \(model.coupons.count)")
        let states = Dictionary(uniqueKeysWithValues: coupons.map { ($0.code, $0.state) })
        for coupon in model.coupons {
            try expect(states[coupon.code] == coupon.state, "coupon \(coupon.code): store \(String(describing: states[coupon.code])), model \(coupon.state)")
        }
    }

    /// Picks and applies one operation; returns the e-mails whose balances it may have changed.
    func randomOperation() throws -> Set<String> {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<24: return try order()
        case 24..<28: return try repeatOrder()
        case 28..<38: return try redeemFixed()
        case 38..<46: return try redeemFlexible()
        case 46..<56: return try refund()
        case 56..<58: return try repeatRefund()
        case 58..<64: return try give()
        case 64..<69: return try remove()
        case 69..<73: return try setBalance()
        case 73..<77: return try changeCoupon()
        case 77..<82: return try expire()
        case 82..<90: return advanceClock()
        case 90..<93: return try changeStatus()
        case 93..<96: return try addMember()
        case 96..<98: return try pauseOrResume()
        default: return try changeExpiry()
        }
    }

    // MARK: operations

    func order() throws -> Set<String> {
        orderCounter += 1
        let ref = "o\(orderCounter)"
        let email = anyEmail()
        let paid = chance(10) ? int(0...99) : int(0...6000)
        let event = EarningEvent(kind: .order, externalID: ref, email: email, amount: Money(minorUnits: paid, currency: .euro))
        guard let outcome = try agree("order \(ref) \(email) \(paid)c", refuses: false, { try store.record(event) }) else { return [] }
        if model.people[email] == nil { model.people[email] = ModelPerson(status: .visitor) }
        let earned: Int64 = model.active ? paid / 100 * 10 : 0
        var lot: Int?
        if earned > 0 {
            lot = model.credit(email, earned, now: now)
            model.issued += earned
        }
        try expect(outcome.points == earned && outcome.awarded == (earned > 0) && !outcome.duplicate,
                   "order \(ref): store awarded \(outcome.points) (\(outcome.message)), model \(earned)")
        model.orders[ref] = ModelOrder(ref: ref, email: email, paid: paid, earned: earned, lotSeq: lot, event: event)
        model.orderRefs.append(ref)
        return [email]
    }

    func repeatOrder() throws -> Set<String> {
        guard let ref = pick(model.orderRefs), let order = model.orders[ref] else { return [] }
        if chance(70) {
            var again = order.event
            again.email = again.email.uppercased()
            guard let outcome = try agree("order \(ref) again", refuses: false, { try store.record(again) }) else { return [] }
            try expect(outcome.duplicate && outcome.points == order.earned, "order \(ref) again: duplicate \(outcome.duplicate), points \(outcome.points), first \(order.earned)")
        } else {
            var changed = order.event
            changed.amount = Money(minorUnits: order.paid + int(1...500), currency: .euro)
            _ = try agree("order \(ref) again with another amount", refuses: true) { try store.record(changed) }
        }
        return [order.email]
    }

    /// Why the model refuses any redemption by `email`, before the reward's own rules.
    func redeemRefusal(_ email: String) -> Bool {
        guard model.active, let person = model.people[email] else { return true }
        return person.status != .member || person.balance <= 0
    }

    func orderRefFor(_ email: String) -> String? {
        chance(50) ? pick(model.orderRefs.filter { model.orders[$0]!.email == email }) : nil
    }

    func redeemFixed() throws -> Set<String> {
        let email = knownEmail() ?? anyEmail()
        let refuses = redeemRefusal(email) || model.people[email]!.balance < Self.fixedCost
        let ref = orderRefFor(email)
        guard let coupon = try agree("redeem fixed \(email) for \(ref ?? "-")", refuses: refuses, {
            try store.redeem(RedeemRequest(email: email, rewardID: fixedID, orderRef: ref))
        }) else { return [] }
        try expect(coupon.points == Self.fixedCost, "fixed coupon costs \(coupon.points)")
        model.debit(email, Self.fixedCost)
        model.redeemed += Self.fixedCost
        model.coupons.append(ModelCoupon(code: coupon.code, email: email, points: Self.fixedCost, orderRef: ref))
        return [email]
    }

    func redeemFlexible() throws -> Set<String> {
        let email = knownEmail() ?? anyEmail()
        let total = int(0...8000)
        let requested: Int64? = chance(30) ? int(1...400) : nil
        // 100 points = 1.00 EUR, so a point is a cent: min(balance, floor(30% of total), total), at most what was asked
        var points: Int64 = 0
        if let person = model.people[email] {
            points = min(person.balance, total * Self.flexiblePercentCap / 100, total)
            if let requested { points = min(points, requested) }
        }
        let refuses = redeemRefusal(email) || points < Self.flexibleMinimum
        let ref = orderRefFor(email)
        guard let coupon = try agree("redeem flexible \(email) on \(total)c asking \(requested.map(String.init) ?? "-")", refuses: refuses, {
            try store.redeem(RedeemRequest(email: email, rewardID: flexibleID, orderTotal: Money(minorUnits: total, currency: .euro), points: requested, orderRef: ref))
        }) else { return [] }
        try expect(coupon.points == points && coupon.discountValue == points, "flexible coupon: store \(coupon.points) points for \(coupon.discountValue ?? -1)c, model \(points)")
        model.debit(email, points)
        model.redeemed += points
        model.coupons.append(ModelCoupon(code: coupon.code, email: email, points: points, orderRef: ref))
        return [email]
    }

    func refund() throws -> Set<String> {
        guard let ref = pick(model.orderRefs), var order = model.orders[ref] else { return [] }
        let request: RefundRequest
        if chance(25) || order.paid == 0 {
            request = RefundRequest(orderRef: ref)
        } else {
            refundCounter += 1
            request = RefundRequest(orderRef: ref, refundID: "r\(refundCounter)", amount: Money(minorUnits: int(1...order.paid), currency: .euro))
        }
        if let first = model.refunds[request.key] {
            // a cancellation sent again: nothing changes and the first result is reported
            guard let outcome = try agree("cancel \(ref) again", refuses: false, { try store.refund(request) }) else { return [] }
            try expect(outcome.duplicate && outcome.reversed == first.reversed && outcome.returned == first.returned,
                       "cancel \(ref) again: \(outcome), first reversed \(first.reversed) returned \(first.returned)")
            return [order.email]
        }
        guard let outcome = try agree("refund \(request.key) of \(request.amount.map { "\($0.minorUnits)c" } ?? "all") (paid \(order.paid)c)", refuses: false, {
            try store.refund(request)
        }) else { return [] }
        var touched: Set<String> = [order.email]
        let refundedNow = min(order.paid, order.refunded + (request.amount?.minorUnits ?? order.paid))
        let target = order.paid > 0 ? order.earned * refundedNow / order.paid : 0
        let expiredFromOrder = model.people[order.email]!.lots.first { $0.seq == order.lotSeq }?.expired ?? 0
        let reversed = max(0, min(target - order.reversed, order.earned - expiredFromOrder - order.reversed))
        if reversed > 0 { model.debit(order.email, reversed, preferred: order.lotSeq) }
        order.refunded = refundedNow
        order.reversed += reversed
        model.orders[ref] = order
        var returned: Int64 = 0
        for index in model.coupons.indices where model.coupons[index].orderRef == ref {
            let coupon = model.coupons[index]
            let share = order.paid > 0 ? coupon.points * refundedNow / order.paid : 0
            let back = max(0, share - coupon.returned)
            guard back > 0 else { continue }
            model.credit(coupon.email, back, now: now)
            model.coupons[index].returned += back
            returned += back
            touched.insert(coupon.email)
        }
        try expect(outcome.reversed == reversed && outcome.returned == returned && !outcome.duplicate,
                   "refund \(request.key): store reversed \(outcome.reversed) returned \(outcome.returned), model \(reversed) / \(returned)")
        model.refunds[request.key] = (request, reversed, returned)
        model.refundKeys.append(request.key)
        return touched
    }

    func repeatRefund() throws -> Set<String> {
        guard let key = pick(model.refundKeys), let first = model.refunds[key] else { return [] }
        let email = model.orders[first.request.orderRef]!.email
        if chance(70) || first.request.amount == nil {
            guard let outcome = try agree("refund \(key) again", refuses: false, { try store.refund(first.request) }) else { return [] }
            try expect(outcome.duplicate && outcome.reversed == first.reversed && outcome.returned == first.returned,
                       "refund \(key) again: \(outcome), first reversed \(first.reversed) returned \(first.returned)")
        } else {
            var changed = first.request
            changed.amount = Money(minorUnits: first.request.amount!.minorUnits + 1, currency: .euro)
            _ = try agree("refund \(key) again with another amount", refuses: true) { try store.refund(changed) }
        }
        return [email]
    }

    func give() throws -> Set<String> {
        let email = chance(95) ? (knownEmail() ?? anyEmail()) : "nobody@example.com"
        let points = int(1...300)
        guard try agree("give \(email) \(points)", refuses: model.people[email] == nil, {
            try store.give(email: email, points: points, reason: "model give")
        }) != nil else { return [] }
        model.credit(email, points, now: now)
        model.issued += points
        return [email]
    }

    func remove() throws -> Set<String> {
        guard let email = knownEmail() else { return [] }
        let points = int(1...250)
        guard try agree("remove \(email) \(points)", refuses: points > model.people[email]!.balance, {
            try store.remove(email: email, points: points, reason: "model remove")
        }) != nil else { return [] }
        model.debit(email, points)
        return [email]
    }

    func setBalance() throws -> Set<String> {
        guard let email = knownEmail() else { return [] }
        let balance = model.people[email]!.balance
        let target = chance(10) ? max(balance, 0) : int(0...400)
        guard let entry = try agree("set \(email) to \(target) (model has \(balance))", refuses: target == balance, {
            try store.setBalance(email: email, to: target, reason: "model set")
        }) else { return [] }
        try expect(entry.kind == .set && entry.delta == target - balance && entry.balanceAfter == target, "set entry \(entry)")
        if target > balance {
            model.credit(email, target - balance, now: now)
            model.issued += target - balance
        } else {
            model.debit(email, balance - target)
        }
        return [email]
    }

    func changeCoupon() throws -> Set<String> {
        guard let index = pick(Array(model.coupons.indices)) else { return [] }
        let coupon = model.coupons[index]
        let refuses = coupon.state != .issued
        if chance(60) {
            guard try agree("void \(coupon.code) (\(coupon.state), returned \(coupon.returned)/\(coupon.points))", refuses: refuses, {
                try store.voidCoupon(code: coupon.code)
            }) != nil else { return [] }
            model.coupons[index].state = .voided
            if coupon.points > coupon.returned { model.credit(coupon.email, coupon.points - coupon.returned, now: now) }
            model.coupons[index].returned = coupon.points
        } else {
            guard try agree("use \(coupon.code) (\(coupon.state))", refuses: refuses, { try store.useCoupon(code: coupon.code) }) != nil else { return [] }
            model.coupons[index].state = .used
        }
        return [coupon.email]
    }

    func expire() throws -> Set<String> {
        guard let report = try agree("expire", refuses: false, { try store.expirePoints() }) else { return [] }
        let (lots, points) = model.expire(now: now)
        try expect(report.entries == lots && report.points == points, "expiry job: store \(report.entries) lots / \(report.points) points, model \(lots) / \(points)")
        if chance(30) {
            let again = try store.expirePoints()
            try expect(again.entries == 0 && again.points == 0, "expiry job run twice: the second run expired \(again.points) points")
        }
        return Set(model.people.keys)
    }

    func advanceClock() -> Set<String> {
        let days = chance(20) ? int(0...3) : int(0...45)
        now += days * 86_400 + int(0...86_399)
        setClock()
        note("clock +\(days) days → \(Date(timeIntervalSince1970: TimeInterval(now)))")
        return []
    }

    func changeStatus() throws -> Set<String> {
        guard let email = knownEmail() else { return [] }
        let status: MemberStatus = chance(60) ? .member : pick([.visitor, .pending])!
        guard try agree("status \(email) → \(status)", refuses: false, { try store.setStatus(email: email, status) }) != nil else { return [] }
        let before = model.people[email]!.status
        model.people[email]!.status = status
        if status == .member && before != .member { model.becameMember(email, now: now) }
        return [email]
    }

    func addMember() throws -> Set<String> {
        let email = anyEmail()
        let status = pick(MemberStatus.allCases)!
        guard try agree("add \(email) as \(status)", refuses: model.people[email] != nil, {
            try store.addMember(MemberDetails(name: "Person", email: email.uppercased()), status: status)
        }) != nil else { return [email] }
        model.people[email] = ModelPerson(status: status)
        if status == .member { model.becameMember(email, now: now) }
        return [email]
    }

    func pauseOrResume() throws -> Set<String> {
        if model.active {
            guard chance(35) else { return [] }
            _ = try agree("pause", refuses: false) { try store.pause() }
        } else {
            _ = try agree("resume", refuses: false) { try store.resume() }
        }
        model.active.toggle()
        return []
    }

    func changeExpiry() throws -> Set<String> {
        let months = pick([nil, 1, 2, 3, 6] as [Int?])!
        _ = try agree("expiry → \(months.map { "\($0) months" } ?? "off")", refuses: false) {
            try store.updateProgram(ProgramUpdate(expiryMonths: .some(months)))
        }
        model.expiryMonths = months
        return []
    }
}
