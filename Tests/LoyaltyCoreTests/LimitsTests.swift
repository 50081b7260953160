import XCTest
import LoyaltyCore

/// Each limit is accepted at its value and refused one above it, with a message that says the
/// limit; the computations those limits protect give an answer at the extremes instead of trapping.
final class LimitsTests: XCTestCase {
    private let rateAtMost = FlexibleReward(points: 1, value: Money(minorUnits: Limits.maximumRateMoney, currency: .euro),
                                            maximumDiscount: .percentOfOrder(100))

    func testAnAmountOfMoneyIsAcceptedUpToTheMaximumAndRefusedAbove() throws {
        XCTAssertEqual(try Money.parse("10000000000.00", currency: .euro).minorUnits, Limits.maximumMoney)
        XCTAssertEqual(try Money.parse("-10000000000", currency: .euro).minorUnits, -Limits.maximumMoney)
        XCTAssertEqual(errorMessage { _ = try Money.parse("10000000000.01", currency: .euro) },
                       "\"10000000000.01\" is too large an amount; at most 10,000,000,000.00 EUR")
        XCTAssertEqual(errorMessage { _ = try Money.parse("999999999999999.99", currency: .euro) },
                       "\"999999999999999.99\" is too large an amount; at most 10,000,000,000.00 EUR")
        XCTAssertEqual(errorMessage { _ = try Money.parse(" 999999999999999.99 ", currency: .euro) },
                       "\" 999999999999999.99 \" is too large an amount; at most 10,000,000,000.00 EUR")
    }

    func testASingleChangeIsAcceptedUpToTheMaximumAndRefusedAbove() throws {
        XCTAssertEqual(try Limits.balance(0, changedBy: Limits.maximumChange), 1_000_000_000)
        XCTAssertEqual(try Limits.balance(Limits.maximumChange, changedBy: -Limits.maximumChange), 0)
        XCTAssertEqual(errorMessage { _ = try Limits.balance(0, changedBy: Limits.maximumChange + 1) },
                       "a single change may move a balance by at most 1,000,000,000 points (this one moves 1,000,000,001); split it into smaller changes")
        XCTAssertTrue(errorMessage { _ = try Limits.balance(5, changedBy: Points.min) }.hasPrefix("a single change may move a balance by at most 1,000,000,000 points"))
    }

    func testABalanceIsAcceptedUpToTheMaximumAndRefusedAbove() throws {
        XCTAssertEqual(try Limits.balance(Limits.maximumBalance - 1, changedBy: 1), 1_000_000_000_000)
        XCTAssertEqual(errorMessage { _ = try Limits.balance(Limits.maximumBalance, changedBy: 1) },
                       "a balance may be at most 1,000,000,000,000 points; 1,000,000,000,000 + 1 would be 1,000,000,000,001")
        XCTAssertEqual(try Limits.balance(999_999_999_999_999, changedBy: -Limits.maximumChange), 999_998_999_999_999,
                       "a balance above the limit from before there were limits can be brought down")
    }

    func testAFlexibleRateIsAcceptedUpToTheMaximumOnEachSideAndRefusedAbove() throws {
        let atMost = Reward(name: "Pay with points", kind: .flexible(FlexibleReward(points: Limits.maximumRatePoints,
                                                                                    value: Money(minorUnits: Limits.maximumRateMoney, currency: .euro))))
        XCTAssertNoThrow(try atMost.validated())
        var morePoints = atMost, moreMoney = atMost
        morePoints.kind = .flexible(FlexibleReward(points: Limits.maximumRatePoints + 1, value: eur("1")))
        moreMoney.kind = .flexible(FlexibleReward(points: 100, value: eur("10000.01")))
        XCTAssertEqual(errorMessage { _ = try morePoints.validated() },
                       "the points side of a flexible reward's rate may be at most 1,000,000 points (got 1,000,001)")
        XCTAssertEqual(errorMessage { _ = try moreMoney.validated() },
                       "the money side of a flexible reward's rate may be at most 10,000.00 EUR (got 10,000.01 EUR)")
    }

    func testARewardsCostAndAmountsAreLimited() throws {
        let cost = Reward(name: "Big", kind: .fixed(FixedReward(cost: Limits.maximumChange + 1, discount: .freeShipping)))
        XCTAssertEqual(errorMessage { _ = try cost.validated() }, "a reward's cost may be at most 1,000,000,000 points (got 1,000,000,001)")
        let amount = Reward(name: "Big", kind: .fixed(FixedReward(cost: 10, discount: .amountOff(Money(minorUnits: Limits.maximumMoney + 1, currency: .euro)))))
        XCTAssertEqual(errorMessage { _ = try amount.validated() },
                       "the reward's amount may be at most 10,000,000,000.00 EUR (got 10,000,000,000.01 EUR)")
        XCTAssertNoThrow(try Reward(name: "Big", kind: .fixed(FixedReward(cost: Limits.maximumChange, discount: .freeShipping))).validated())
    }

    func testARulesPointsAndCapsAreLimitedToOneChange() throws {
        XCTAssertNoThrow(try EarningRule(kind: .review, award: .fixed(Limits.maximumChange)).validated())
        XCTAssertEqual(errorMessage { _ = try EarningRule(kind: .review, award: .fixed(Limits.maximumChange + 1)).validated() },
                       "a rule's points may be at most 1,000,000,000 points (got 1,000,000,001)")
        XCTAssertEqual(errorMessage { _ = try EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1")), maxPerEvent: Points.max).validated() },
                       "maximum points per event may be at most 1,000,000,000 points (got 9,223,372,036,854,775,807)")
    }

    func testAFlexibleRedemptionAtTheLargestOrderRateAndBalanceGivesAnAnswer() throws {
        let biggest = Money(minorUnits: Limits.maximumMoney, currency: .euro)
        let r = try flexibleRedemption(rateAtMost, balance: Limits.maximumBalance, orderTotal: biggest)
        XCTAssertEqual(r.points, 1_000_000)
        XCTAssertEqual(r.discount, biggest)
        let hundredPerEuro = FlexibleReward(points: Limits.maximumRatePoints, value: Money(minorUnits: 1, currency: .euro), maximumDiscount: .percentOfOrder(100))
        let capped = try flexibleRedemption(hundredPerEuro, balance: Limits.maximumBalance, orderTotal: biggest)
        XCTAssertEqual(capped.points, Limits.maximumChange, "one redemption is one change, at most 1,000,000,000 points")
        XCTAssertEqual(capped.discount.minorUnits, 1_000)
    }

    func testAFlexibleRedemptionOfAnOrderAboveTheMaximumIsRefusedNotATrap() {
        let order = Money(minorUnits: 99_999_999_999_999_999, currency: .euro)
        XCTAssertEqual(errorMessage { _ = try flexibleRedemption(rateAtMost, balance: Limits.maximumBalance, orderTotal: order) },
                       "the order total may be at most 10,000,000,000.00 EUR (got 999,999,999,999,999.99 EUR)")
    }

    func testWhatABalanceIsWorthIsCountedIn128Bits() {
        let hundredPerEuro = FlexibleReward(points: 100, value: eur("1"))
        XCTAssertEqual(hundredPerEuro.worth(of: 93 * 999_999_999_999_999), Money(minorUnits: 92_999_999_999_999_907, currency: .euro))
        XCTAssertEqual(rateAtMost.worth(of: Limits.maximumBalance), Money(minorUnits: 1_000_000_000_000_000_000, currency: .euro))
        XCTAssertNil(rateAtMost.worth(of: Points.max), "more than an Int64 of cents: nil, not a trap")
    }

    func testMyRewardsShowsWhatAHugeBalanceIsWorthAtOnePointForAHundredEuros() {
        let member = Member(id: 1, details: MemberDetails(name: "Zoë", email: "zoe@example.com"), status: .member, tierID: 1, tierName: "Base",
                            balance: 999_999_999_999_999, earnedTotal: 0, redeemedTotal: 0, referralCode: "ABCD2345", referredBy: nil,
                            joined: day(0), lastActivity: nil)
        let reward = Reward(id: 1, name: "Pay with points", kind: .flexible(FlexibleReward(points: 1, value: eur("100"))))
        let page = MyRewardsPage.document(member: member, coupons: [], program: Program(name: "Café Zoë", pointsName: "Stars", status: .active), rewards: [reward], tiers: [])
        let items = page.sections.flatMap(\.items).map(\.text)
        XCTAssertTrue(items.contains { $0.contains("your 999,999,999,999,999 Stars are worth more than can be counted") }, "\(items)")
        let fits = MyRewardsPage.document(member: member, coupons: [], program: Program(name: "Café Zoë", pointsName: "Stars", status: .active),
                                          rewards: [Reward(id: 1, name: "Pay with points", kind: .flexible(FlexibleReward(points: 100, value: eur("1"))))], tiers: [])
        XCTAssertTrue(fits.sections.flatMap(\.items).map(\.text).contains { $0.contains("are worth €9,999,999,999,999.99") })
    }

    func testRunningTotalsAreSummedWithoutTrapping() {
        XCTAssertEqual(Limits.checkedSum([Limits.maximumRunningTotal, Limits.maximumRunningTotal, -5]), 1_999_999_999_999_999_995)
        XCTAssertNil(Limits.checkedSum([Points.max, 1]))
    }
}
