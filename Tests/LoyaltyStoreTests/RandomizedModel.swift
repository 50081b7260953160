import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

// MARK: - The model

/// Points that arrived together, with what is left and when they expire (Unix seconds).
struct ModelLot: Equatable, CustomStringConvertible {
    let seq: Int
    let amount: Int64
    var remaining: Int64
    /// When its points arrived (Unix seconds).
    let earned: Int64
    var expires: Int64?
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

/// The programme's points rules restated independently, kept in plain dictionaries.
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
        person.lots.append(ModelLot(seq: nextSeq, amount: amount, remaining: amount - paysDebt, earned: now, expires: expires))
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

    /// Expiry switched to `months` for the points held too: every lot still holding points expires
    /// `months` after it arrived, but not before `now`.
    mutating func expireHeldPoints(after months: Int, now: Int64) {
        for email in people.keys {
            for index in people[email]!.lots.indices where people[email]!.lots[index].remaining > 0 {
                let earned = Date(timeIntervalSince1970: TimeInterval(people[email]!.lots[index].earned))
                let due = Int64(calendar.date(byAdding: .month, value: months, to: earned)!.timeIntervalSince1970)
                people[email]!.lots[index].expires = max(due, now)
            }
        }
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
