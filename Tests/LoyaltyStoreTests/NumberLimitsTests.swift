import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Numbers at and beyond `Limits` through the store: refused with the limit where they enter,
/// never a trap where they are added up or multiplied.
final class NumberLimitsTests: XCTestCase {
    func testAGiveOrRemoveOfTenToTheFifteenIsRefusedAndTheLargestChangeInALoopKeepsStatisticsWorking() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        XCTAssertEqual(errorMessage { try shop.store.gift("zoe@example.com", 999_999_999_999_999) },
                       "a single change may move a balance by at most 1,000,000,000 points (this one moves 999,999,999,999,999); split it into smaller changes")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        for _ in 0..<50 {
            try shop.store.gift("zoe@example.com", Limits.maximumChange)
            _ = try shop.store.remove(email: "zoe@example.com", points: Limits.maximumChange, reason: "loop")
        }
        let stats = try shop.store.statistics()
        XCTAssertEqual(stats.issued, 50 * Limits.maximumChange)
        XCTAssertEqual(stats.removed, 50 * Limits.maximumChange)
        XCTAssertEqual(stats.unredeemed, 0)
        try shop.assertConsistent()
    }

    func testABalanceCannotBeSetAboveTheMaximum() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        XCTAssertEqual(errorMessage { _ = try shop.store.setBalance(email: "zoe@example.com", to: Limits.maximumBalance + 1, reason: "old card") },
                       "a balance may be at most 1,000,000,000,000 points (got 1,000,000,000,001)")
    }

    func testRunningTotalsBeyondAnInt64GiveAMessageNotATrap() throws {
        let shop = try Shop()
        try shop.store.db.run("UPDATE point_totals SET gained = ? WHERE kind = 'give'", [Points.max - 10])
        try shop.store.db.run("UPDATE point_totals SET gained = 100 WHERE kind = 'earn'")
        XCTAssertEqual(errorMessage { _ = try shop.store.statistics() },
                       "the running totals of points unredeemed add up to more than the largest whole number (9,223,372,036,854,775,807)")
    }

    func testLiabilityOf93MembersNearTenToTheFifteenAtAHundredPointsAnEuroIsCounted() throws {
        let shop = try Shop()
        _ = try shop.store.addReward(Reward(name: "Pay with points", kind: .flexible(FlexibleReward(points: 100, value: eur("1")))))
        try shop.store.db.run("UPDATE point_totals SET gained = ? WHERE kind = 'give'", [93 * 999_999_999_999_999])
        let stats = try shop.store.statistics()
        XCTAssertEqual(stats.liability, Money(minorUnits: 92_999_999_999_999_907, currency: .euro))
        XCTAssertFalse(stats.liabilityTooLarge)
    }

    func testLiabilityBeyondAnyAmountOfMoneyIsSaidToBeTooLarge() throws {
        let shop = try Shop()
        _ = try shop.store.addReward(Reward(name: "Pay with points", kind: .flexible(FlexibleReward(points: 1, value: eur("10000")))))
        try shop.store.db.run("UPDATE point_totals SET gained = ? WHERE kind = 'give'", [10 * Limits.maximumBalance])
        let stats = try shop.store.statistics()
        XCTAssertNil(stats.liability)
        XCTAssertTrue(stats.liabilityTooLarge)
    }

    func testARestoreOfABackupBeyondTheLimitsIsRefusedAndChangesNothing() throws {
        let directory = try temporaryDirectory()
        let live = directory.appendingPathComponent("live.db").path, backup = directory.appendingPathComponent("backup.db").path
        let store = try Store(path: live)
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars"))
        _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"), status: .member)
        try store.backup(to: backup)
        _ = try store.addMember(MemberDetails(name: "Ann", email: "ann@example.com"), status: .member)
        let edited = try Store(path: backup)
        try edited.db.run("UPDATE members SET balance = ? WHERE email = 'zoe@example.com'", [999_999_999_999_999])
        XCTAssertEqual(errorMessage { try Store.restore(from: backup, to: live) }, """
            \(backup) holds a member's balance of 999,999,999,999,999 (row 1), beyond Loyalty's limit of 1,000,000,000,000; \
            nothing was restored. Restore a backup Loyalty wrote.
            """)
        XCTAssertEqual(try store.statistics().memberCount, 2)
    }

    func testAReusedOrderIdShowsTheAmountsAsMoney() throws {
        let shop = try Shop()
        try shop.store.order("1042", "zoe@example.com", "10.00")
        let message = errorMessage { try shop.store.order("1042", "zoe@example.com", "12.50") }
        XCTAssertTrue(message.contains("(email=zoe@example.com;amount=10.00 EUR;action=-; now email=zoe@example.com;amount=12.50 EUR;action=-)"), message)
    }

    func testAReusedRefundIdShowsTheAmountAsMoney() throws {
        let shop = try Shop()
        try shop.store.order("1042", "zoe@example.com", "10.00")
        _ = try shop.store.refund(RefundRequest(orderRef: "1042", refundID: "R1", amount: eur("4.99")))
        let message = errorMessage { _ = try shop.store.refund(RefundRequest(orderRef: "1042", refundID: "R1", amount: eur("5.00"))) }
        XCTAssertTrue(message.contains("(amount=4.99 EUR; now amount=5.00 EUR)"), message)
    }
}
