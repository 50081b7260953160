/// The three manual balance changes: give (add points), remove (take points away) and set (make the balance a given number).
public enum PointsAdjustment: String, Equatable, Sendable, CaseIterable {
    case give, remove, set

    /// The ledger entry kind it writes.
    public var entryKind: EntryKind {
        switch self {
        case .give: return .give
        case .remove: return .remove
        case .set: return .set
        }
    }
}

/// A manual balance change decided: the balance before and after, the entry's change and the reason.
public struct ManualAdjustment: Equatable, Sendable {
    public let mode: PointsAdjustment
    public let before: Points
    public let after: Points
    /// The reason, trimmed.
    public let reason: String

    public var delta: Points { after - before }

    /// The longest reason a manual change may give, in characters.
    public static let maximumReasonLength = 500

    /// Decides a manual change of `who`'s balance (`points` to give or remove, or the new balance to
    /// set): a reason is required (at most 500 printable characters), given and removed points are
    /// above 0, a balance never goes below zero and stays within the limits, setting the balance it
    /// already has changes nothing. With `expected` (the balance the person saw), refused when the
    /// balance is no longer that. Used for the dashboard's before → after preview and by the store.
    public static func decide(_ mode: PointsAdjustment, points: Points, reason: String, who: String, balance: Points,
                              pointsName: String, expected: Points? = nil) throws -> ManualAdjustment {
        let trimmed = reason.trimmingWhitespace()
        if mode != .set {
            guard points > 0 else { throw LoyaltyError.balance(.pointsNotAboveZero(points)) }
        } else {
            guard points >= 0 else { throw LoyaltyError.balance(.setBelowZero(points)) }
            try Limits.requirePoints(points, atMost: Limits.maximumBalance, .balance)
        }
        guard !trimmed.isEmpty else { throw LoyaltyError.balance(.reasonRequired) }
        guard trimmed.count <= maximumReasonLength, !trimmed.containsControlCharacters else {
            throw LoyaltyError.balance(.badReason(maximum: maximumReasonLength))
        }
        if let expected, expected != balance {
            throw LoyaltyError.balance(.changedSinceSeen(who: who, seen: expected, now: balance))
        }
        let after: Points
        switch mode {
        case .give: after = try Limits.balance(balance, changedBy: points)
        case .remove:
            guard points <= balance else {
                throw LoyaltyError.balance(.cannotRemove(who: who, balance: balance, points: points, pointsName: pointsName))
            }
            after = balance - points
        case .set:
            guard points != balance else { throw LoyaltyError.balance(.alreadyHas(who: who, points: points, pointsName: pointsName)) }
            after = points
        }
        return ManualAdjustment(mode: mode, before: balance, after: after, reason: trimmed)
    }

    /// What applying it changes for the member: the entry, and for given points (which count towards
    /// tiers) the tier they reach.
    public func changes(programme: ProgramSnapshot, member: MemberSnapshot) -> Decision {
        Decision(postings: [Posting(memberID: member.id, kind: mode.entryKind, delta: delta, reason: reason)],
                 tierChange: mode == .give ? TierChange.decide(member: member, earnedChange: delta, programme: programme) : nil)
    }
}
