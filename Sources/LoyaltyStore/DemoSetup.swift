import Foundation
import LoyaltyCore

extension Store {
    /// Sets up the demo programme through the ordinary operations: details (points expire after 12
    /// months), ways to earn, rewards, tiers, a campaign two months ago and one coming, two e-mails switched on, and launches it unless `launch` is false
    /// (a draft ready to launch). Returns the rules by kind.
    func setUpDemoProgramme(launch: Bool) throws -> [EarningKind: EarningRule] {
        try updateProgram(ProgramUpdate(name: "Café Aurora Rewards", pointsName: "Stars", pointsIcon: "★", currency: "EUR", expiryMonths: .some(12)))
        let euro = try program().currency
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: euro) }
        var rules: [EarningKind: EarningRule] = [:]
        for rule in [
            EarningRule(kind: .signup, award: .fixed(50)),
            EarningRule(kind: .order, award: .perSpend(points: 10, per: money(100))),
            EarningRule(kind: .review, award: .fixed(20), maxPerMemberPerDay: 40),
            EarningRule(kind: .newsletter, award: .fixed(25)),
            EarningRule(kind: .birthday, award: .fixed(100)),
            EarningRule(kind: .referral, award: .fixed(200)),
            EarningRule(kind: .custom, name: "Follow us on Instagram", award: .fixed(15)),
        ] {
            rules[rule.kind] = try addRule(rule)
        }
        _ = try addTier(Tier(name: "Silver", threshold: 1_000, multiplier: 125))
        let gold = try addTier(Tier(name: "Gold", threshold: 3_000, multiplier: 150))
        for reward in [
            Reward(name: "Free coffee", kind: .fixed(FixedReward(cost: 300, discount: .freeProduct(sku: "COFFEE-REG"))),
                   description: "A regular coffee of your choice"),
            Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 500, discount: .amountOff(money(500))))),
            Reward(name: "10% off", kind: .fixed(FixedReward(cost: 800, discount: .percentOff(10), minimumSubtotal: money(2_500)))),
            Reward(name: "Free shipping", kind: .fixed(FixedReward(cost: 400, discount: .freeShipping))),
            Reward(name: "Gold: beans for €9.99", kind: .fixed(FixedReward(cost: 600, discount: .salePrice(sku: "BEANS-1KG", price: money(999)), minimumTierID: gold.id)),
                   description: "A 1 kg bag of Aurora house-roast beans at €9.99"),
            Reward(name: "Pay with Stars", kind: .flexible(FlexibleReward(points: 100, value: money(100), minimumPoints: 100, maximumDiscount: .percentOfOrder(50)))),
        ] {
            _ = try addReward(reward)
        }
        let today = calendar.startOfDay(for: now())
        let weekend = calendar.date(byAdding: .day, value: -60, to: today)!
        _ = try addCampaign(Campaign(name: "Double Stars weekend", multiplier: 200, starts: weekend,
                                     ends: calendar.date(byAdding: .day, value: 2, to: weekend)!, ruleIDs: [rules[.order]!.id]))
        let start = calendar.date(byAdding: .day, value: 7, to: today)!
        _ = try addCampaign(Campaign(name: "Double Stars week", multiplier: 200, starts: start,
                                     ends: calendar.date(byAdding: .day, value: 7, to: start)!, ruleIDs: [rules[.order]!.id]))
        _ = try setEmailActive(.welcome, true)
        _ = try setEmailActive(.couponIssued, true)
        if launch { try self.launch() }
        return rules
    }
}
