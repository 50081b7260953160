/// A redemption refusal in the three voices that show it: the full sentence a refused command or
/// form shows the owner, the few words a list of rewards shows beside one out of reach, and the
/// customer's own words on their My Rewards page.
extension RedemptionRules.Refusal {
    /// "zoe@example.com has 99 Stars; "€5 off" costs 100".
    public func message(email: String, reward: Reward, pointsName: String) -> String {
        switch self {
        case .programmeNotActive(let status): return "the programme is \(status.rawValue), so nothing can be redeemed; launch or resume it first"
        case .notAMember(let status): return "\(email) is \(status.phrase); only members can redeem: make them a member first"
        case .inactive: return "reward \"\(reward.name)\" is not active"
        case .shortOfPoints(_, let balance) where balance <= 0:
            return "\(email) has \(Counting.points(balance, named: pointsName)); redeeming needs a positive balance"
        case .shortOfPoints(let needed, let balance):
            let what = reward.isFlexible ? "needs at least" : "costs"
            return "\(email) has \(Counting.points(balance, named: pointsName)); \"\(reward.name)\" \(what) \(needed)"
        case .belowTier(let needed, let current): return "\"\(reward.name)\" is for \(needed.name) and above; \(email) is \(current.name)"
        case .orderTooSmall(let minimum, let order): return "\"\(reward.name)\" needs an order of at least \(minimum); this one is \(order)"
        }
    }

    /// "needs 130 more Stars", "for Gold and above", "orders from 20.00 EUR".
    public func reason(pointsName: String) -> String {
        switch self {
        case .programmeNotActive(let status): return status == .paused ? "redeeming is paused" : "not launched yet"
        case .notAMember: return "only members redeem"
        case .inactive: return "not active"
        case .shortOfPoints(_, let balance) where balance <= 0: return "needs a positive balance"
        case .shortOfPoints(let needed, let balance): return "needs \(needed - balance) more \(Counting.pointsWord(needed - balance, named: pointsName))"
        case .belowTier(let needed, _): return "for \(needed.name) and above"
        case .orderTooSmall(let minimum, _): return "orders from \(minimum)"
        }
    }

    /// "120 Stars to go", "reach Gold to redeem (you are Base)", as My Rewards tells the member.
    public func customerReason(pointsName: String) -> String {
        switch self {
        case .programmeNotActive(let status): return status == .paused ? "redeeming is paused for now" : "redeeming starts when the programme opens"
        case .notAMember: return "members only: join to redeem"
        case .inactive: return "not offered now"
        case .shortOfPoints(let needed, let balance): return "\(Counting.points(needed - balance, named: pointsName)) to go"
        case .belowTier(let needed, let current): return "reach \(needed.name) to redeem (you are \(current.name))"
        case .orderTooSmall(let minimum, _): return "needs an order of \(minimum) or more"
        }
    }
}
