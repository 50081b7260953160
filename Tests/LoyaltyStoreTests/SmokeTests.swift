import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class SmokeTests: XCTestCase {
    func testLaunchEarnRedeemRefundCheck() throws {
        let store = try Store.inMemory()
        XCTAssertThrowsError(try store.launch())
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars"))
        let rule = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro))))
        _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 40, discount: .amountOff(Money(minorUnits: 500, currency: .euro))))))
        try store.launch()
        let m = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        let outcome = try store.record(EarningEvent(kind: .order, externalID: "1042", email: "ZOE@example.com", amount: try Money.parse("4.99", currency: .euro)))
        XCTAssertEqual(outcome.points, 40)
        let again = try store.record(EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: try Money.parse("4.99", currency: .euro)))
        XCTAssertTrue(again.duplicate)
        let coupon = try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1, orderRef: "1042"))
        XCTAssertEqual(coupon.code.count, 12)
        let r = try store.refund(RefundRequest(orderRef: "1042", refundID: "r1", amount: try Money.parse("2.50", currency: .euro)))
        XCTAssertEqual(r.reversed, 20)
        XCTAssertEqual(r.returned, 20)
        XCTAssertEqual(try store.member(id: m.id).balance, 0)
        XCTAssertEqual(try store.check(), [])
        _ = rule
    }
}
