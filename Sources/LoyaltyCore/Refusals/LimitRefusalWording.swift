/// The English wording of refusals of numbers beyond the limits.
extension LimitRefusal {
    public var sentence: Sentence {
        switch self {
        case .pointsAbove(let what, let limit, let got):
            return Sentence("{what} may be at most {limit} points (got {got})", ["what": .sentence(what.sentence), "limit": .grouped(limit), "got": .grouped(got)])
        case .moneyAbove(let what, let most, let got):
            return Sentence("{what} may be at most {most} (got {got})", ["what": .sentence(what.sentence), "most": .money(most), "got": .money(got)])
        case .changeTooLarge(let delta, let limit):
            return Sentence("a single change may move a balance by at most {limit} points (this one moves {delta}); split it into smaller changes",
                            ["limit": .grouped(limit), "delta": .grouped(delta)])
        case .balanceTooLarge(let balance, let delta, let after, let limit):
            let values: [String: SentenceValue] = ["limit": .grouped(limit), "balance": .grouped(balance), "change": .grouped(Int64(delta.magnitude))]
            switch (delta < 0, after) {
            case (true, let after?):
                return Sentence("a balance may be at most {limit} points; {balance} - {change} would be {after}", values.merging(["after": .grouped(after)]) { $1 })
            case (false, let after?):
                return Sentence("a balance may be at most {limit} points; {balance} + {change} would be {after}", values.merging(["after": .grouped(after)]) { $1 })
            case (true, nil): return Sentence("a balance may be at most {limit} points; {balance} - {change} would be beyond that", values)
            case (false, nil): return Sentence("a balance may be at most {limit} points; {balance} + {change} would be beyond that", values)
            }
        }
    }
}
