import XCTest
import LoyaltyCore

final class TierTests: XCTestCase {
    let tiers = [Tier(id: 1, name: "Base", threshold: 0), Tier(id: 3, name: "Gold", threshold: 1000, multiplier: 200),
                 Tier(id: 2, name: "Silver", threshold: 500, multiplier: 150)]

    func testTheHighestThresholdReachedWins() {
        XCTAssertEqual(tierReached(byEarned: 0, tiers: tiers)?.name, "Base")
        XCTAssertEqual(tierReached(byEarned: 499, tiers: tiers)?.name, "Base")
        XCTAssertEqual(tierReached(byEarned: 500, tiers: tiers)?.name, "Silver")
        XCTAssertEqual(tierReached(byEarned: 999, tiers: tiers)?.name, "Silver")
        XCTAssertEqual(tierReached(byEarned: 1000, tiers: tiers)?.name, "Gold")
        XCTAssertEqual(tierReached(byEarned: 1_000_000, tiers: tiers)?.name, "Gold")
    }

    func testNegativeEarningsStayInNoTierAboveBase() {
        XCTAssertNil(tierReached(byEarned: -5, tiers: tiers))
    }

    func testTierValidation() {
        XCTAssertTrue(errorMessage { _ = try Tier(name: " ", threshold: 10).validated() }.contains("needs a name"))
        XCTAssertTrue(errorMessage { _ = try Tier(name: "Gold", threshold: -1).validated() }.contains("cannot be negative"))
        XCTAssertTrue(errorMessage { _ = try Tier(name: "Gold", threshold: 10, multiplier: 50).validated() }.contains("between 1x and 100x"))
        XCTAssertEqual(try Tier(name: " Gold ", threshold: 10, multiplier: 150).validated().name, "Gold")
    }
}
