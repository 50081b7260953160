import XCTest
@testable import LoyaltyCore

/// min(balance, floor(maxDiscount / valuePerPoint), floor(orderTotal / valuePerPoint))
final class FlexibleRedemptionTests: XCTestCase {
    /// 100 points = 1.00 EUR, so a point is worth one cent.
    let hundredPerEuro = FlexibleReward(points: 100, value: Money(minorUnits: 100, currency: .euro))

    func testTheBalanceLimitsTheRedemption() throws {
        let r = try flexibleRedemption(hundredPerEuro, balance: 250, orderTotal: eur("10"))
        XCTAssertEqual(r, FlexibleRedemption(points: 250, discount: eur("2.50")))
    }

    func testTheOrderTotalLimitsTheRedemption() throws {
        let r = try flexibleRedemption(hundredPerEuro, balance: 5000, orderTotal: eur("12.34"))
        XCTAssertEqual(r, FlexibleRedemption(points: 1234, discount: eur("12.34")))
    }

    func testAnAmountCapLimitsTheRedemption() throws {
        var reward = hundredPerEuro
        reward.maximumDiscount = .amount(eur("5"))
        let r = try flexibleRedemption(reward, balance: 5000, orderTotal: eur("40"))
        XCTAssertEqual(r, FlexibleRedemption(points: 500, discount: eur("5")))
    }

    func testAPercentCapIsTakenOfTheOrderTotalAndFloored() throws {
        var reward = hundredPerEuro
        reward.maximumDiscount = .percentOfOrder(20)
        // 20% of 9.99 = 1.998 → 199 points, 1.99 off
        let r = try flexibleRedemption(reward, balance: 5000, orderTotal: eur("9.99"))
        XCTAssertEqual(r, FlexibleRedemption(points: 199, discount: eur("1.99")))
        // below the cap the balance still limits
        XCTAssertEqual(try flexibleRedemption(reward, balance: 50, orderTotal: eur("9.99")).points, 50)
    }

    func testACustomerMayAskForFewerPoints() throws {
        XCTAssertEqual(try flexibleRedemption(hundredPerEuro, balance: 5000, orderTotal: eur("40"), requested: 300).points, 300)
        XCTAssertEqual(try flexibleRedemption(hundredPerEuro, balance: 200, orderTotal: eur("40"), requested: 300).points, 200)
        XCTAssertTrue(errorMessage { _ = try flexibleRedemption(self.hundredPerEuro, balance: 200, orderTotal: eur("40"), requested: 0) }.contains("above 0"))
    }

    func testBelowTheMinimumPointsIsRefusedSayingWhy() {
        var reward = hundredPerEuro
        reward.minimumPoints = 200
        XCTAssertEqual(errorMessage { _ = try flexibleRedemption(reward, balance: 150, orderTotal: eur("40")) },
                       "this redemption would use 150 points; the flexible reward needs at least 200")
        XCTAssertEqual(try? flexibleRedemption(reward, balance: 200, orderTotal: eur("40")).points, 200)
        // an order too small to reach the minimum is refused too
        XCTAssertThrowsError(try flexibleRedemption(reward, balance: 1000, orderTotal: eur("1.50")))
    }

    func testNothingToRedeemIsRefused() {
        XCTAssertThrowsError(try flexibleRedemption(hundredPerEuro, balance: 0, orderTotal: eur("10")))
        XCTAssertThrowsError(try flexibleRedemption(hundredPerEuro, balance: -40, orderTotal: eur("10")))
        XCTAssertThrowsError(try flexibleRedemption(hundredPerEuro, balance: 100, orderTotal: eur("0")))
    }

    func testAnOrderInAnotherCurrencyIsRefused() {
        let dollars = Money(minorUnits: 1000, currency: try! Currency(code: "USD"))
        XCTAssertTrue(errorMessage { _ = try flexibleRedemption(self.hundredPerEuro, balance: 100, orderTotal: dollars) }.contains("USD"))
    }

    func testPointsWorthSeveralCentsFloorTheOrderTotal() throws {
        // 1 point = 0.05 EUR: an order of 1.03 takes at most 20 points (1.00 off)
        let reward = FlexibleReward(points: 1, value: eur("0.05"))
        XCTAssertEqual(try flexibleRedemption(reward, balance: 1000, orderTotal: eur("1.03")), FlexibleRedemption(points: 20, discount: eur("1.00")))
        XCTAssertEqual(try flexibleRedemption(reward, balance: 7, orderTotal: eur("1.03")), FlexibleRedemption(points: 7, discount: eur("0.35")))
    }

    func testNoPointIsChargedForAFractionOfACent() throws {
        // 3 points = 0.01 EUR: 10 points buy 3 cents, which need only 9 points
        let reward = FlexibleReward(points: 3, value: eur("0.01"))
        XCTAssertEqual(try flexibleRedemption(reward, balance: 10, orderTotal: eur("1")), FlexibleRedemption(points: 9, discount: eur("0.03")))
    }

    func testTheFormulaHoldsForRandomWholeCentRates() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let centsPerPoint = Int64.random(in: 1...50, using: &generator)
            var reward = FlexibleReward(points: 1, value: Money(minorUnits: centsPerPoint, currency: .euro))
            let balance = Int64.random(in: 1...20_000, using: &generator)
            let total = Int64.random(in: 1...50_000, using: &generator)
            var capMinor = Int64.max
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: break
            case 1:
                let cap = Int64.random(in: 1...20_000, using: &generator)
                reward.maximumDiscount = .amount(Money(minorUnits: cap, currency: .euro))
                capMinor = cap
            default:
                let percent = Int64.random(in: 1...100, using: &generator)
                reward.maximumDiscount = .percentOfOrder(percent)
                capMinor = total * percent / 100
            }
            let expected = min(balance, capMinor / centsPerPoint, total / centsPerPoint)
            let order = Money(minorUnits: total, currency: .euro)
            if expected >= 1 {
                let r = try flexibleRedemption(reward, balance: balance, orderTotal: order)
                XCTAssertEqual(r.points, expected)
                XCTAssertEqual(r.discount.minorUnits, expected * centsPerPoint)
                XCTAssertLessThanOrEqual(r.discount.minorUnits, min(total, capMinor))
            } else {
                XCTAssertThrowsError(try flexibleRedemption(reward, balance: balance, orderTotal: order))
            }
        }
    }

    func testFlexibleRewardValidation() {
        func message(_ reward: FlexibleReward) -> String {
            errorMessage { _ = try Reward(name: "Points off", kind: .flexible(reward)).validated() }
        }
        XCTAssertTrue(message(FlexibleReward(points: 0, value: eur("1"))).contains("positive rate"))
        XCTAssertTrue(message(FlexibleReward(points: 100, value: eur("0"))).contains("positive rate"))
        XCTAssertTrue(message(FlexibleReward(points: 100, value: eur("1"), minimumPoints: 0)).contains("minimum points"))
        XCTAssertTrue(message(FlexibleReward(points: 100, value: eur("1"), maximumDiscount: .percentOfOrder(101))).contains("1 to 100 percent"))
        XCTAssertTrue(message(FlexibleReward(points: 100, value: eur("1"), maximumDiscount: .amount(eur("0")))).contains("above 0"))
    }
}
