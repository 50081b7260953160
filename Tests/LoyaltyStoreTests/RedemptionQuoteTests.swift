import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The quote a confirmation shows is the decision the redemption then makes, and writes nothing.
final class RedemptionQuoteTests: XCTestCase {
    func testAQuoteIsWhatTheRedemptionThenDoesAndWritesNothing() throws {
        let shop = try Shop()
        let flexible = try shop.store.addReward(Reward(name: "Money off", kind: .flexible(FlexibleReward(points: 50, value: eur("1")))))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 1500)
        let request = RedeemRequest(email: "zoe@example.com", rewardID: flexible.id, orderTotal: eur("30.00"))
        let quote = try shop.store.quoteRedemption(request)
        XCTAssertEqual([quote.points], [1500])
        XCTAssertEqual(quote.flexibleDiscount, eur("30.00"))
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 1500)
        XCTAssertEqual(try shop.store.coupons(), [])
        XCTAssertEqual(try shop.store.auditEntries().map(\.action).filter { $0.hasPrefix("points.") }, ["points.give"])
        let coupon = try shop.store.redeem(request)
        XCTAssertEqual([coupon.points], [quote.points])
        XCTAssertEqual(coupon.description, quote.description)
        try shop.assertConsistent()
    }

    func testARefusalIsTheSameFromTheQuoteAndTheRedemption() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 99)
        let request = RedeemRequest(email: "zoe@example.com", rewardID: shop.fiveOff.id)
        let quoted = errorMessage { _ = try shop.store.quoteRedemption(request) }
        XCTAssertEqual(quoted, "zoe@example.com has 99 Stars; \"€5 off\" costs 100")
        XCTAssertEqual(errorMessage { _ = try shop.store.redeem(request) }, quoted)
    }

    func testARedemptionConfirmedForOtherPointsIsRefused() throws {
        let shop = try Shop()
        let flexible = try shop.store.addReward(Reward(name: "Money off", kind: .flexible(FlexibleReward(points: 50, value: eur("1")))))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 120)
        var request = RedeemRequest(email: "zoe@example.com", rewardID: flexible.id, orderTotal: eur("40.00"))
        request.expectedPoints = try shop.store.quoteRedemption(request).points
        try shop.store.gift("zoe@example.com", 1)
        XCTAssertEqual(errorMessage { _ = try shop.store.redeem(request) },
                       "the balance of zoe@example.com changed since this was shown: it would now use 121 Stars, not 120 Stars; check and confirm again")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 121)
        XCTAssertEqual(try shop.store.coupons(), [])
    }

    func testTheOptionsSayWhyARewardIsOutOfReach() throws {
        let shop = try Shop()
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 1000))
        _ = try shop.store.addReward(Reward(name: "VIP gift", kind: .fixed(FixedReward(cost: 10, discount: .freeShipping, minimumTierID: gold.id))))
        let zoe = try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 40)
        XCTAssertEqual(try shop.store.redemptionOptions(memberID: zoe.id).map { "\($0.reward.name): \($0.refusal ?? "yes")" },
                       ["€5 off: needs 60 more Stars", "VIP gift: for Gold and above"])
        try shop.store.gift("zoe@example.com", 1000)
        XCTAssertEqual(try shop.store.redemptionOptions(memberID: zoe.id).map { $0.refusal ?? "yes" }, ["yes", "yes"])
        let visitor = try shop.member("vic@example.com", status: .visitor)
        XCTAssertEqual(try shop.store.redemptionOptions(memberID: visitor.id).map(\.refusal), ["only members redeem", "only members redeem"])
    }
}
