/// Points for a spend: `points` for every whole `per` spent, the spend rounded down first.
/// 10 points per €1 on €4.99 → 40, not 49; 1 point per €5 on €14.99 → 2.
public func pointsForSpend(_ spend: Money, points: Points, per: Money) -> Points {
    guard spend.minorUnits > 0, per.minorUnits > 0 else { return 0 }
    let wholeUnits = spend.minorUnits / per.minorUnits
    let (product, overflow) = wholeUnits.multipliedReportingOverflow(by: points)
    return overflow ? Points.max : product
}

/// What an event of a rule earns before multipliers and caps. Per-spend rules need `amount`.
public func basePoints(for rule: EarningRule, amount: Money?) throws -> Points {
    switch rule.award {
    case .fixed(let points):
        return points
    case .perSpend(let points, let per):
        guard let amount else { throw LoyaltyError.event(.needsAmount(kind: rule.kind, points: points, per: per)) }
        guard amount.currency == per.currency else {
            throw LoyaltyError.event(.amountInOtherCurrency(amount: amount.currency.code, programme: per.currency.code))
        }
        return pointsForSpend(amount, points: points, per: per)
    }
}

/// A multiplier in percent: 100 is ×1, 200 is ×2, 150 is ×1.5.
public typealias MultiplierPercent = Int64

/// The points an event earns: the base, times the tier and campaign multipliers (rounded down once,
/// at the end), capped per event, then capped by what is left of the rule's daily cap for the member.
public func awardedPoints(base: Points, rule: EarningRule, tierMultiplier: MultiplierPercent,
                          campaignMultiplier: MultiplierPercent, earnedTodayFromRule: Points) -> Points {
    let (multiplied, overflow) = base.multipliedReportingOverflow(by: tierMultiplier * campaignMultiplier)
    var points = overflow ? Points.max / 10_000 : multiplied / 10_000
    if let cap = rule.maxPerEvent { points = min(points, cap) }
    if let cap = rule.maxPerMemberPerDay { points = min(points, max(0, cap - earnedTodayFromRule)) }
    return max(0, points)
}
