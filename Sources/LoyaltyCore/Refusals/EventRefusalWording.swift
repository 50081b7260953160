/// The English wording of refusals of events.
extension EventRefusal {
    public var sentence: Sentence {
        switch self {
        case .badID(let maximumLength):
            return Sentence("an event needs an id (e.g. the order number) of 1 to {most} printable characters", ["most": .integer(Int64(maximumLength))])
        case .grantedByProgramme(let kind):
            return Sentence("{kind} points are awarded by the programme itself (when a member joins, or when a referred member's first order arrives)",
                            ["kind": kind.word])
        case .orderNeedsSubtotal: return Sentence("an order needs its subtotal")
        case .needsAmount(let kind, let points, let per):
            return Sentence("{kind} events need an amount to earn {points} per {per} {currency}",
                            ["kind": kind.word, "points": .integer(points), "per": .amount(per), "currency": .text(per.currency.code)])
        case .amountInOtherCurrency(let amount, let programme):
            return Sentence("the amount is in {amount} but the programme counts in {programme}; nothing was recorded",
                            ["amount": .text(amount), "programme": .text(programme)])
        case .negativeAmount(let amount): return Sentence("an amount cannot be negative (got {amount})", ["amount": .amount(amount)])
        case .wouldEarnTooMuch(let points, let pointsName, let limit):
            return Sentence("this event would earn {points} {name}, more than one change may give ({limit}); check the amount and the way to earn",
                            ["points": .grouped(points), "name": .text(pointsName), "limit": .grouped(limit)])
        case .recordedWithOtherDetails(let key, let recorded, let now):
            return Sentence("{key} was recorded before with different details ({recorded}; now {now}); nothing was changed. Use a new id for a new event",
                            ["key": .text(key), "recorded": .text(recorded), "now": .text(now)])
        }
    }
}
