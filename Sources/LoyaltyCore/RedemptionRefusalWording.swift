/// A redemption refusal in the three voices that show it: the full sentence a refused command or
/// form shows the owner, the few words a list of rewards shows beside one out of reach, and the
/// customer's own words on their My Rewards page.
extension RedemptionRules.Refusal {
    /// "zoe@example.com has 99 Stars; "€5 off" costs 100".
    public func sentence(email: String, reward: Reward, pointsName: String) -> Sentence {
        let who: [String: SentenceValue] = ["email": .text(email), "reward": .text(reward.name)]
        let with = { (more: [String: SentenceValue]) in who.merging(more) { $1 } }
        switch self {
        case .programmeNotActive(let status):
            return Sentence("the programme is {status}, so nothing can be redeemed; launch or resume it first", ["status": status.word])
        case .notAMember(let status):
            return Sentence("{email} is {status}; only members can redeem: make them a member first", with(["status": status.word]))
        case .inactive: return Sentence("reward \"{reward}\" is not active", who)
        case .shortOfPoints(_, let balance) where balance <= 0:
            return Sentence("{email} has {balance}; redeeming needs a positive balance", with(["balance": .points(balance, named: pointsName)]))
        case .shortOfPoints(let needed, let balance):
            let values = with(["balance": .points(balance, named: pointsName), "needed": .integer(needed)])
            return reward.isFlexible ? Sentence("{email} has {balance}; \"{reward}\" needs at least {needed}", values)
                                     : Sentence("{email} has {balance}; \"{reward}\" costs {needed}", values)
        case .belowTier(let needed, let current):
            return Sentence("\"{reward}\" is for {needed} and above; {email} is {current}", with(["needed": .text(needed.name), "current": .text(current.name)]))
        case .orderTooSmall(let minimum, let order):
            return Sentence("\"{reward}\" needs an order of at least {minimum}; this one is {order}",
                            with(["minimum": .text("\(minimum)"), "order": .text("\(order)")]))
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
    public func customerReason(in language: CustomerLanguage, pointsName: String) -> String {
        switch self {
        case .programmeNotActive(let status):
            return language.text(status == .paused ? "redeeming is paused for now" : "redeeming starts when the programme opens")
        case .notAMember: return language.text("members only: join to redeem")
        case .inactive: return language.text("not offered now")
        case .shortOfPoints(let needed, let balance): return language.text("{points} to go", ["points": .points(needed - balance, named: pointsName)])
        case .belowTier(let needed, let current):
            return language.text("reach {tier} to redeem (you are {current})", ["tier": .text(needed.name), "current": .text(current.name)])
        case .orderTooSmall(let minimum, _): return language.text("needs an order of {amount} or more", ["amount": .money(minimum)])
        }
    }
}
