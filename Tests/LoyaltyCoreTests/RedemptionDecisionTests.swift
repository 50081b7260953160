import XCTest
import LoyaltyCore

final class RedemptionDecisionTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let base = Tier(id: 1, name: "Base", threshold: 0)
    let fiveOff = Reward(id: 3, name: "€5 off", kind: .fixed(FixedReward(cost: 500, discount: .amountOff(eur("5")))))

    func programme(emails: Set<EmailTrigger>) -> ProgramSnapshot {
        ProgramSnapshot(program: Program(name: "Shop", pointsName: "Stars", status: .active), rules: [], campaigns: [], tiers: [base],
                        activeEmails: emails, cheapestReward: nil, now: now, calendar: utcCalendar)
    }

    func quote(balance: Points) throws -> RedemptionQuote {
        let member = Member(id: 7, details: MemberDetails(name: "Zoë Jansen", email: "zoe@example.com"), status: .member, tierID: 1, tierName: "Base",
                            balance: balance, earnedTotal: balance, redeemedTotal: 0, referralCode: "ZOE1", referredBy: nil, joined: now, lastActivity: nil)
        return try RedemptionRules.quote(fiveOff, for: member, program: Program(name: "Shop", pointsName: "Stars", status: .active), tiers: [base],
                                         orderTotal: nil, requested: nil)
    }

    func testRedeemingSpendsTheQuotedPointsUnderTheCouponsName() throws {
        let decision = RedemptionRules.decide(try quote(balance: 800), reward: fiveOff, code: "K7M2-PQ4X", memberID: 7, programme: programme(emails: []))
        XCTAssertEqual(decision.postings, [Posting(memberID: 7, kind: .redeem, delta: -500, reason: "€5 off: coupon K7M2-PQ4X")])
        XCTAssertNil(decision.tierChange)
        XCTAssertEqual(decision.emails, [], "the coupon e-mail is off")
    }

    func testTheCouponEmailIsQueuedOncePerCouponWhenItIsOn() throws {
        let decision = RedemptionRules.decide(try quote(balance: 800), reward: fiveOff, code: "K7M2-PQ4X", memberID: 7, programme: programme(emails: [.couponIssued]))
        XCTAssertEqual(decision.emails, [EmailToQueue(.couponIssued, memberID: 7, values: ["coupon": "K7M2-PQ4X", "reward": "€5 off", "points": "500"],
                                                      key: "coupon:K7M2-PQ4X")])
    }
}
