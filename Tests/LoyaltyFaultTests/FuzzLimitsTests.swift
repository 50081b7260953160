import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// Extreme values the programme accepts (at and just under each of `Limits`: balances, single
/// changes, amounts, rates, the largest multipliers), many members at the largest balance, then
/// random earning, redeeming, refunds and manual changes at those extremes: each one is done or
/// refused with a message. Afterwards every command that sums or multiplies (stats, check, tier list,
/// member show, page export with My Rewards, redeem against the largest order, import) ends with a
/// status, never a signal; the dashboard draws every section; `check` passes. 12 members and 300
/// operations in CI, 60 members and 3,000 with LOYALTY_FAULT_SCALE=full.
final class FuzzLimitsTests: XCTestCase {
    func testExtremeAcceptedValuesGetAnAnswerFromEveryCommandThatSumsOrMultiplies() throws {
        let memberCount = FaultScale.pick(ci: 12, full: 60), operations = FaultScale.pick(ci: 300, full: 3_000)
        var random = FaultScale.generator(0x11A1)
        func near(_ limit: Int64) -> Int64 { random.chance(50) ? limit : limit - 1 - random.below(3) }
        func euros(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .euro) }
        let binary = try LoyaltyBinary()
        let store = try Store(path: binary.database)
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars", currency: "EUR"))
        let order = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: near(Limits.maximumChange), per: euros(near(Limits.maximumMoney))),
                                                  maxPerEvent: near(Limits.maximumChange)))
        _ = try store.addRule(EarningRule(kind: .booking, award: .perSpend(points: Limits.maximumChange, per: euros(1))))
        _ = try store.addRule(EarningRule(kind: .review, award: .fixed(near(Limits.maximumChange))))
        let rate = FlexibleReward(points: random.chance(50) ? 1 : near(Limits.maximumRatePoints), value: euros(random.chance(50) ? 1 : near(Limits.maximumRateMoney)),
                                  maximumDiscount: random.chance(50) ? .percentOfOrder(100) : .amount(euros(near(Limits.maximumMoney))))
        let flexible = try store.addReward(Reward(name: "Pay with points", kind: .flexible(rate)))
        let fixed = try store.addReward(Reward(name: "Everything off", kind: .fixed(FixedReward(
            cost: near(Limits.maximumChange), discount: .amountOff(euros(near(Limits.maximumMoney))), minimumSubtotal: euros(near(Limits.maximumMoney))))))
        _ = try store.addTier(Tier(name: "Gold", threshold: near(Limits.maximumBalance), multiplier: 10_000))
        _ = try store.launch()
        _ = try store.addCampaign(Campaign(name: "Hundredfold", multiplier: 10_000, starts: Date(timeIntervalSinceNow: -86_400),
                                           ends: Date(timeIntervalSinceNow: 86_400), ruleIDs: [order.id]))
        let emails = (1...memberCount).map { "member\($0)@example.com" }
        for email in emails {
            _ = try store.addMember(MemberDetails(name: "Member \(email.prefix { $0 != "@" })", email: email), status: .member)
            while try store.member(email: email).balance <= Limits.maximumBalance - Limits.maximumChange {
                _ = try store.give(email: email, points: Limits.maximumChange, reason: "towards the largest balance")
            }
            let room = Limits.maximumBalance - (try store.member(email: email).balance)
            if room > 0 { _ = try store.give(email: email, points: random.chance(50) ? room : max(1, room - 1), reason: "to the largest balance") }
        }

        var refusals = 0, orders: [String] = []
        for step in 0..<operations {
            let email = emails[Int(random.below(Int64(emails.count)))]
            let shown = "operation \(step) for \(email) (\(FaultScale.replay))"
            do {
                switch random.below(8) {
                case 0:
                    let ref = "X\(step)"
                    _ = try store.record(EarningEvent(kind: .order, externalID: ref, email: email, amount: euros(near(Limits.maximumMoney))))
                    orders.append(ref)
                case 1: _ = try store.record(EarningEvent(kind: .booking, externalID: "B\(step)", email: email, amount: euros(near(Limits.maximumMoney))))
                case 2:
                    _ = try store.redeem(RedeemRequest(email: email, rewardID: flexible.id, orderTotal: euros(near(Limits.maximumMoney)),
                                                       points: random.chance(30) ? near(Limits.maximumChange) : nil))
                case 3: _ = try store.redeem(RedeemRequest(email: email, rewardID: fixed.id, orderTotal: euros(Limits.maximumMoney)))
                case 4: _ = try store.remove(email: email, points: near(Limits.maximumChange), reason: "fuzz")
                case 5: _ = try store.give(email: email, points: near(Limits.maximumChange), reason: "fuzz")
                case 6: _ = try store.setBalance(email: email, to: near(Limits.maximumBalance), reason: "fuzz")
                default:
                    guard let ref = orders.randomElement(using: &random) else { continue }
                    _ = try store.refund(RefundRequest(orderRef: ref, refundID: random.chance(50) ? "R\(step)" : nil,
                                                       amount: random.chance(50) ? euros(near(Limits.maximumMoney)) : nil))
                }
            } catch let error as LoyaltyError {
                refusals += 1
                XCTAssertFalse(error.description.isEmpty, shown)
            }
        }
        XCTAssertLessThan(refusals, operations, "every operation was refused (\(FaultScale.replay))")
        let stats = try store.statistics()
        XCTAssertTrue(stats.liability != nil || stats.liabilityTooLarge, FaultScale.replay)
        XCTAssertEqual(try store.check(), [], FaultScale.replay)

        let imports = binary.path("extreme.csv")
        try (["kind,email,external_id,amount,currency,occurred_at,name"] + emails.enumerated().map { index, email in
            let amount = [Limits.maximumMoney, Limits.maximumMoney - 1, Limits.maximumMoney + 1][index % 3]
            return "order,\(email),I-\(index),\(euros(amount).decimalString),EUR,2026-03-01,"
        }).joined(separator: "\n").write(toFile: imports, atomically: true, encoding: .utf8)
        let pages = binary.path("pages")
        for command in [["stats"], ["stats", "--json"], ["check"], ["tier", "list"], ["tier", "list", "--json"], ["reward", "list"], ["rule", "list"],
                        ["member", "show", emails[0]], ["member", "activity", emails[0]], ["page", "export", pages],
                        ["redeem", emails[0], "--reward", String(flexible.id), "--order-total", "10000000000.00"],
                        ["import", "events", imports, "--skip-invalid"], ["stats"], ["check"]] {
            let result = try binary.start(command).wait()
            XCTAssertTrue(result.status.map { (0...1).contains($0) } == true,
                          "loyalty \(command.joined(separator: " ")) ended with \(result.ending): \(result.errText) (\(FaultScale.replay))")
        }
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"), FaultScale.replay)

        let session = try DashboardSession(store: store)
        for key in "1234567890" { session.press(.character(key)) }
        session.openMember(find: emails[0])
        XCTAssertEqual(session.violations, [], FaultScale.replay)
    }
}
