/// The English wording of refusals of balance changes.
extension BalanceRefusal {
    public var sentence: Sentence {
        switch self {
        case .pointsNotAboveZero(let points):
            return Sentence("points must be a whole number above 0 (got {points})", ["points": .integer(points)])
        case .setBelowZero(let points): return Sentence("a balance cannot be set below zero (got {points})", ["points": .integer(points)])
        case .reasonRequired: return Sentence("a reason is required for every manual change, e.g. in-store purchase")
        case .badReason(let maximum):
            return Sentence("the reason must be at most {most} printable characters", ["most": .integer(Int64(maximum))])
        case .changedSinceSeen(let who, let seen, let now):
            return Sentence("{who}'s balance changed from {seen} to {now} since you looked (someone else changed it); nothing was changed: check the new balance and try again",
                            ["who": .text(who), "seen": .integer(seen), "now": .integer(now)])
        case .cannotRemove(let who, let balance, let points, let pointsName):
            return Sentence("{who} has {balance}; cannot remove {points} (a balance never goes below zero)",
                            ["who": .text(who), "balance": .points(max(balance, 0), named: pointsName), "points": .integer(points)])
        case .alreadyHas(let who, let points, let pointsName):
            return Sentence("{who} already has {points}; nothing to change", ["who": .text(who), "points": .points(points, named: pointsName)])
        case .entryChangesNothing: return Sentence("a ledger entry must change the balance")
        }
    }
}
