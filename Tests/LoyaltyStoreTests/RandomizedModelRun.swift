import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

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
}
