import XCTest
import LoyaltyCore

final class ManualAdjustmentDecisionTests: XCTestCase {
    func decide(_ mode: PointsAdjustment, _ points: Points, reason: String = "in-store purchase", balance: Points = 120,
                expected: Points? = nil) throws -> ManualAdjustment {
        try ManualAdjustment.decide(mode, points: points, reason: reason, who: "Zoë Jansen", balance: balance, pointsName: "Stars", expected: expected)
    }

    func testGiveRemoveAndSetShowTheBalanceBeforeAndAfter() throws {
        let give = try decide(.give, 30)
        XCTAssertEqual([give.before, give.after, give.delta], [120, 150, 30])
        XCTAssertEqual(try decide(.remove, 20).after, 100)
        let set = try decide(.set, 50)
        XCTAssertEqual([set.after, set.delta], [50, -70])
        XCTAssertEqual(try decide(.give, 1, reason: "  goodwill  ").reason, "goodwill")
    }

    func testAReasonIsRequired() {
        XCTAssertEqual(errorMessage { _ = try self.decide(.give, 5, reason: "   ") }, "a reason is required for every manual change, e.g. in-store purchase")
    }

    func testABalanceNeverGoesBelowZero() {
        XCTAssertEqual(errorMessage { _ = try self.decide(.remove, 121) }, "Zoë Jansen has 120 Stars; cannot remove 121 (a balance never goes below zero)")
        XCTAssertTrue(errorMessage { _ = try self.decide(.set, -1) }.contains("cannot be set below zero"))
        XCTAssertTrue(errorMessage { _ = try self.decide(.give, 0) }.contains("above 0"))
    }

    func testLimitsAndChangesSinceTheBalanceWasShown() {
        XCTAssertTrue(errorMessage { _ = try self.decide(.set, Limits.maximumBalance + 1) }.contains("a balance"))
        XCTAssertTrue(errorMessage { _ = try self.decide(.give, Limits.maximumChange + 1) }.contains("at most"))
        XCTAssertTrue(errorMessage { _ = try self.decide(.set, 120) }.contains("already has 120 Stars; nothing to change"))
        XCTAssertTrue(errorMessage { _ = try self.decide(.set, 10, expected: 100) }.contains("balance changed from 100 to 120 since you looked"))
    }
}
