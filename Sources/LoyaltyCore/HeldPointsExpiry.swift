import Foundation

/// Whether switching expiry on (or changing its months) applies to the points members already hold.
public enum ExpiryScope: Equatable, Sendable {
    /// Held points too: each held lot expires the chosen months after it was earned, but never before
    /// `graceUntil` (when given) and never before the moment the change is saved.
    case pointsHeld(graceUntil: Date?)
    /// Only points earned from now on; held points keep the expiry they have (or none).
    case newPointsOnly
}

/// An unspent lot as the expiry decision needs it: what is left of it, whose it is, when its points
/// were earned (the entry's moment, not when it was recorded) and when it expires now.
public struct HeldLot: Equatable, Sendable {
    public var entryID: Int64
    public var memberID: Int64
    public var remaining: Points
    public var earned: Date
    public var expires: Date?

    public init(entryID: Int64, memberID: Int64, remaining: Points, earned: Date, expires: Date?) {
        self.entryID = entryID
        self.memberID = memberID
        self.remaining = remaining
        self.earned = earned
        self.expires = expires
    }
}

/// A held lot's new expiry.
public struct LotExpiryChange: Equatable, Sendable {
    public var lotID: Int64
    public var memberID: Int64
    public var expires: Date

    public init(lotID: Int64, memberID: Int64, expires: Date) {
        self.lotID = lotID
        self.memberID = memberID
        self.expires = expires
    }
}

/// What a change of expiry does to the points held when it is saved.
public struct HeldExpiryPlan: Equatable, Sendable {
    /// The months points expire after they were earned, from now on.
    public let months: Int
    public let scope: ExpiryScope
    /// The points held in unspent lots, and by how many members.
    public let heldPoints: Points
    public let members: Int
    /// The held lots whose expiry changes; empty unless the scope is `.pointsHeld`.
    public let changes: [LotExpiryChange]
    /// The earliest a held point expires under this plan: the later of the grace date and the moment
    /// of the change; nil for `.newPointsOnly`.
    public let notBefore: Date?

    /// When the first held points expire under this plan (changed or not), or nil when none will
    /// or the plan leaves held points as they are.
    public let firstExpiry: Date?
}

/// The rule for expiry switched on while members hold points: a pure decision the store loads the
/// held lots for and then applies, in one transaction.
///
/// With `.pointsHeld`, each held lot expires at the latest of: `months` after it was earned, the grace
/// date (its first moment), and the moment the change is saved. So a lot whose months are already
/// past is never expired retroactively: it expires at the grace date, or without one at the next run
/// of the expiry job. With `.newPointsOnly` nothing held changes.
public enum HeldPointsExpiry {
    /// True when saving a change from `old` to `new` months must say whether it applies to held
    /// points: expiry is switched on or its months change while points are held.
    public static func needsChoice(from old: Int?, to new: Int?, heldPoints: Points) -> Bool {
        guard let new, new != old else { return false }
        return heldPoints > 0
    }

    /// The earliest moment a held lot may expire: the grace date, but never before `now`.
    public static func notBefore(grace: Date?, now: Date) -> Date {
        max(grace ?? now, now)
    }

    /// When a held lot earned at `earned` expires: `months` after that, but not before `notBefore`.
    public static func expiry(earned: Date, months: Int, notBefore: Date, calendar: Calendar) -> Date {
        max(calendar.date(byAdding: .month, value: months, to: earned) ?? earned, notBefore)
    }

    /// Whether `grace` may be used at `now`: a grace date is a day that has not passed yet (today
    /// counts). Returns the refusal otherwise.
    public static func validate(grace: Date, now: Date, calendar: Calendar) -> ProgramRefusal? {
        grace < calendar.startOfDay(for: now) ? .expiryGraceInThePast(day: ExpiryDay.words(grace, calendar: calendar)) : nil
    }

    /// What switching to `months` with `scope` does to `lots` (the unspent ones; empty lots are ignored).
    public static func decide(lots: [HeldLot], months: Int, scope: ExpiryScope, now: Date, calendar: Calendar) -> HeldExpiryPlan {
        let held = lots.filter { $0.remaining > 0 }
        let points = held.reduce(Points(0)) { $0 &+ $1.remaining }
        let members = Set(held.map(\.memberID)).count
        guard case .pointsHeld(let grace) = scope else {
            return HeldExpiryPlan(months: months, scope: scope, heldPoints: points, members: members, changes: [], notBefore: nil, firstExpiry: nil)
        }
        let floor = notBefore(grace: grace, now: now)
        let decided = held.map { ($0, expiry(earned: $0.earned, months: months, notBefore: floor, calendar: calendar)) }
        let changes = decided.filter { $0.0.expires != $0.1 }.map { LotExpiryChange(lotID: $0.0.entryID, memberID: $0.0.memberID, expires: $0.1) }
        return HeldExpiryPlan(months: months, scope: scope, heldPoints: points, members: members, changes: changes, notBefore: floor,
                              firstExpiry: decided.map(\.1).min())
    }
}
