import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class TierStoreTests: XCTestCase {
    func testEarningUpgradesTheTierAndTheNewTiersMultiplierAppliesToLaterEarnings() throws {
        let shop = try Shop()
        let silver = try shop.store.addTier(Tier(name: "Silver", threshold: 100, multiplier: 150))
        try shop.member("zoe@example.com")
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "10").points, 100)
        let zoe = try shop.store.member(email: "zoe@example.com")
        XCTAssertEqual(zoe.tierID, silver.id)
        XCTAssertEqual(zoe.tierName, "Silver")
        XCTAssertEqual(try shop.store.order("2", "zoe@example.com", "4.99").points, 60, "40 × 1.5")
    }

    func testAManualGiveCountsTowardsTheTier() throws {
        let shop = try Shop()
        _ = try shop.store.addTier(Tier(name: "Gold", threshold: 500, multiplier: 200))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 500)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Gold")
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "4.99").points, 80)
    }

    func testTierAndCampaignMultipliersCombine() throws {
        let shop = try Shop()
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 10, multiplier: 150))
        _ = try shop.store.addCampaign(Campaign(name: "Double", multiplier: 200, starts: day(0), ends: day(1), ruleIDs: [shop.orderRule.id]))
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 10)
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "4.99").points, 120)
    }

    func testRedeemingNeverLowersATier() throws {
        let shop = try Shop()
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100, multiplier: 150))
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "10")
        try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Silver")
        _ = try shop.store.expirePoints()
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Silver")
    }

    func testARefundOfTheEarningLowersTheTier() throws {
        let shop = try Shop()
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100, multiplier: 150))
        try shop.store.order("1", "zoe@example.com", "10")
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Silver")
        _ = try shop.store.refund(RefundRequest(orderRef: "1", refundID: "r1", amount: eur("5")))
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Base")
    }

    func testTheDailyJobLowersTiersAsEarningsLeaveTheRollingWindow() throws {
        let shop = try Shop()
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100, multiplier: 150))
        try shop.store.order("1", "zoe@example.com", "10")
        shop.store.setClock(day(300))
        _ = try shop.store.expirePoints()
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Silver", "still within 12 months")
        shop.store.setClock(day(366))
        XCTAssertEqual(try shop.store.expirePoints().tierChanges, 1)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Base")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100, "without expiry the points stay")
        try shop.assertConsistent()
    }

    func testAddingEditingAndDeletingTiersMovesMembers() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 300)
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 250, multiplier: 200))
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Gold", "existing members move when a tier is added")
        var higher = gold
        higher.threshold = 400
        _ = try shop.store.editTier(higher)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Base")
        higher.threshold = 200
        _ = try shop.store.editTier(higher)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Gold")
        try shop.store.deleteTier(id: gold.id)
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Base")
        XCTAssertEqual(try shop.store.statistics().membersByTier.map(\.count), [1])
        try shop.assertConsistent()
    }

    func testTheBaseTierStaysAtZeroAndCannotBeDeleted() throws {
        let shop = try Shop()
        let base = try shop.store.tiers()[0]
        XCTAssertThrowsError(try shop.store.addTier(Tier(name: "Another base", threshold: 0)))
        XCTAssertThrowsError(try shop.store.deleteTier(id: base.id))
        var moved = base
        moved.threshold = 10
        XCTAssertThrowsError(try shop.store.editTier(moved))
        var renamed = base
        renamed.name = "Bronze"
        XCTAssertEqual(try shop.store.editTier(renamed).name, "Bronze")
        _ = try shop.store.addTier(Tier(name: "Gold", threshold: 100))
        XCTAssertThrowsError(try shop.store.addTier(Tier(name: "gold", threshold: 200)), "names are unique")
        XCTAssertThrowsError(try shop.store.addTier(Tier(name: "Platinum", threshold: 100)), "thresholds are unique")
    }

    func testATierThatARewardRequiresCannotBeDeleted() throws {
        let shop = try Shop()
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 500, multiplier: 200))
        _ = try shop.store.addReward(Reward(name: "Gold beans", kind: .fixed(FixedReward(cost: 50, discount: .freeProduct(sku: "BEANS"), minimumTierID: gold.id))))
        let message = errorMessage { try shop.store.deleteTier(id: gold.id) }
        XCTAssertEqual(message, "tier Gold is the lowest tier for \"Gold beans\"; change or delete those rewards first, or they would open to everyone")
        XCTAssertEqual(try shop.store.tiers().map(\.name), ["Base", "Gold"])
    }
}
