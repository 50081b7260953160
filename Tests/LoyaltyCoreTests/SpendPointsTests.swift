import XCTest
import LoyaltyCore

final class SpendPointsTests: XCTestCase {
    let perEuro = EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro)))

    func testSpendIsCountedInWholeEurosBeforeMultiplying() {
        XCTAssertEqual(pointsForSpend(eur("4.99"), points: 10, per: eur("1")), 40)
        XCTAssertEqual(pointsForSpend(eur("5.00"), points: 10, per: eur("1")), 50)
    }

    func testOnePointPerFiveEurosOnFourteenNinetyNineIsTwo() {
        XCTAssertEqual(pointsForSpend(eur("14.99"), points: 1, per: eur("5")), 2)
        XCTAssertEqual(pointsForSpend(eur("15.00"), points: 1, per: eur("5")), 3)
        XCTAssertEqual(pointsForSpend(eur("4.99"), points: 1, per: eur("5")), 0)
    }

    func testNothingForZeroOrNegativeSpend() {
        XCTAssertEqual(pointsForSpend(eur("0"), points: 10, per: eur("1")), 0)
        XCTAssertEqual(pointsForSpend(eur("-20"), points: 10, per: eur("1")), 0)
    }

    func testBasePointsOfAFixedRuleIgnoreTheAmount() throws {
        let review = EarningRule(kind: .review, award: .fixed(25))
        XCTAssertEqual(try basePoints(for: review, amount: nil), 25)
        XCTAssertEqual(try basePoints(for: review, amount: eur("100")), 25)
    }

    func testPerSpendRuleNeedsAnAmountInItsCurrency() throws {
        XCTAssertEqual(try basePoints(for: perEuro, amount: eur("4.99")), 40)
        XCTAssertTrue(errorMessage { _ = try basePoints(for: self.perEuro, amount: nil) }.contains("need an amount"))
        let dollars = Money(minorUnits: 500, currency: try! Currency(code: "USD"))
        XCTAssertTrue(errorMessage { _ = try basePoints(for: self.perEuro, amount: dollars) }.contains("amount is in USD"))
    }

    func testTierAndCampaignMultipliersRoundDownOnceAtTheEnd() {
        // 15 × 1.5 × 1.5 = 33.75 → 33 (rounding each step would give 22 → 33 or 23 → 34)
        XCTAssertEqual(awardedPoints(base: 15, rule: perEuro, tierMultiplier: 150, campaignMultiplier: 150, earnedTodayFromRule: 0), 33)
        XCTAssertEqual(awardedPoints(base: 40, rule: perEuro, tierMultiplier: 100, campaignMultiplier: 200, earnedTodayFromRule: 0), 80)
        XCTAssertEqual(awardedPoints(base: 40, rule: perEuro, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 0), 40)
    }

    func testMaximumPerEventCapsAfterMultipliers() {
        var rule = perEuro
        rule.maxPerEvent = 100
        XCTAssertEqual(awardedPoints(base: 80, rule: rule, tierMultiplier: 200, campaignMultiplier: 100, earnedTodayFromRule: 0), 100)
        XCTAssertEqual(awardedPoints(base: 40, rule: rule, tierMultiplier: 200, campaignMultiplier: 100, earnedTodayFromRule: 0), 80)
    }

    func testDailyMaximumCountsWhatWasEarnedTodayFromTheRule() {
        var rule = perEuro
        rule.maxPerMemberPerDay = 100
        XCTAssertEqual(awardedPoints(base: 70, rule: rule, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 0), 70)
        XCTAssertEqual(awardedPoints(base: 70, rule: rule, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 70), 30)
        XCTAssertEqual(awardedPoints(base: 70, rule: rule, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 100), 0)
        XCTAssertEqual(awardedPoints(base: 70, rule: rule, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 150), 0)
    }

    func testBothCapsApplyTogether() {
        var rule = perEuro
        rule.maxPerEvent = 50
        rule.maxPerMemberPerDay = 120
        XCTAssertEqual(awardedPoints(base: 200, rule: rule, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 0), 50)
        XCTAssertEqual(awardedPoints(base: 200, rule: rule, tierMultiplier: 100, campaignMultiplier: 100, earnedTodayFromRule: 100), 20)
    }

    func testRuleValidationRefusesRulesThatCouldNeverWork() {
        XCTAssertTrue(errorMessage { _ = try EarningRule(kind: .review, award: .fixed(0)).validated() }.contains("above 0"))
        XCTAssertTrue(errorMessage { _ = try EarningRule(kind: .review, award: .perSpend(points: 1, per: eur("1"))).validated() }
            .contains("only order, booking and event_ticket can earn per amount spent"))
        XCTAssertTrue(errorMessage { _ = try EarningRule(kind: .order, award: .perSpend(points: 1, per: eur("0"))).validated() }.contains("above 0"))
        XCTAssertTrue(errorMessage { _ = try EarningRule(kind: .order, award: .fixed(5), maxPerEvent: 0).validated() }.contains("per event"))
        XCTAssertTrue(errorMessage { _ = try EarningRule(kind: .order, award: .fixed(5), maxPerMemberPerDay: -1).validated() }.contains("per day"))
        XCTAssertTrue(errorMessage { _ = try EarningRule(kind: .custom, name: "  ", award: .fixed(5)).validated() }.contains("needs a name"))
        XCTAssertEqual(try EarningRule(kind: .custom, name: " Visit the shop ", award: .fixed(5)).validated().name, "Visit the shop")
    }
}
