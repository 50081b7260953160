import XCTest
import LoyaltyCore

final class RefundDecisionTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let base = Tier(id: 1, name: "Base", threshold: 0)
    let silver = Tier(id: 2, name: "Silver", threshold: 100, multiplier: 150)

    var programme: ProgramSnapshot {
        ProgramSnapshot(program: Program(name: "Shop", status: .active), rules: [], campaigns: [], tiers: [base, silver], activeEmails: [],
                        cheapestReward: nil, now: now, calendar: utcCalendar)
    }

    /// An order of €40.00 that earned 400 points.
    func order(refunded: Int64 = 0, reversed: Points = 0, expired: Points = 0) -> RefundedOrder {
        RefundedOrder(ref: "1042", memberID: 7, paid: 4_000, earnedEntryID: 11, earned: 400, refunded: refunded, reversed: reversed, expired: expired)
    }

    let member = MemberSnapshot(id: 7, balance: 400, tierID: 2, earnedInWindow: 400)

    func testAQuarterRefundedTakesBackAQuarterOfThePointsAndLowersTheTier() {
        let request = RefundRequest(orderRef: "1042", refundID: "r1", amount: eur("10"))
        let decision = RefundDecision.decide(request, order: order(), coupons: [], programme: programme,
                                             member: MemberSnapshot(id: 7, balance: 120, tierID: 2, earnedInWindow: 120))
        XCTAssertEqual(decision.reversed, 100)
        XCTAssertEqual(decision.refundedNow, 1_000)
        XCTAssertEqual(decision.changes.postings, [Posting(memberID: 7, kind: .reverse, delta: -100, reason: "Refund of order 1042", eventKey: "refund:1042:r1", reversesID: 11)])
        XCTAssertEqual(decision.changes.tierChange?.to, base, "120 - 100 earned is below Silver's 100")
    }

    func testACancellationTakesBackTheRestButNeverPointsThatExpired() {
        let decision = RefundDecision.decide(RefundRequest(orderRef: "1042"), order: order(refunded: 1_000, reversed: 100, expired: 250),
                                             coupons: [], programme: programme, member: member)
        XCTAssertEqual(decision.reversed, 50, "400 earned, 100 taken back, 250 expired: 50 left to take")
    }

    func testPointsSpentOnTheOrderComeBackInTheSameShare() {
        let coupon = CouponSpentOnOrder(id: 3, code: "ZOE-5OFF", memberID: 7, points: 200, returned: 0, redeemEntryID: 12)
        let decision = RefundDecision.decide(RefundRequest(orderRef: "1042", refundID: "r1", amount: eur("20")), order: order(), coupons: [coupon],
                                             programme: programme, member: member)
        XCTAssertEqual(decision.returned, 100)
        XCTAssertEqual(decision.changes.postings.last?.reason, "Refund of order 1042: points spent returned (coupon ZOE-5OFF)")
        XCTAssertEqual(decision.changes.postings.last?.delta, 100)
    }
}
