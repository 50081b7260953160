import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The demo's history is dated: orders spread over the past months, points that expired 12 months
/// after they were earned, tiers from the window, joined and last activity from what happened, and
/// the daily job run right after it finds nothing left to do.
final class DemoDatedHistoryTests: XCTestCase {
    func demo() throws -> Store {
        let store = try Store.inMemory()
        _ = try store.buildDemo(DemoOptions(members: 400, seed: 7))
        return store
    }

    func testOrdersAreSpreadOverMonthsAndOldLotsExpiredOnTheirOwnDates() throws {
        let store = try demo()
        let months = try store.db.scalar("SELECT count(DISTINCT occurred_at / 2629746) FROM ledger WHERE event_key LIKE 'order:%'")
        XCTAssertGreaterThanOrEqual(months, 15, "540 days of orders")
        let expired = try store.db.all("""
            SELECT x.occurred_at, l.expires_at, e.occurred_at, x.reason, e.occurred_at FROM ledger x JOIN lots l ON l.entry_id = x.lot_id
            JOIN ledger e ON e.id = x.lot_id WHERE x.kind = 'expire'
            """) { (expired: $0.int(0), lotExpires: $0.int(1), earned: Date(unixSeconds: $0.int(2)), reason: $0.text(3)) }
        XCTAssertGreaterThan(expired.count, 10, "members who stopped coming lost points earned over a year ago")
        let programme = try store.read { try $0.programSnapshot() }
        for lot in expired {
            XCTAssertEqual(lot.expired, lot.lotExpires)
            XCTAssertEqual(Date(unixSeconds: lot.expired), programme.expiry(ofPointsEarnedAt: lot.earned), "12 months after it was earned")
            XCTAssertTrue(lot.reason.hasPrefix("Points earned "), lot.reason)
        }
        XCTAssertEqual(try store.db.scalar("SELECT count(*) FROM lots WHERE remaining > 0 AND expires_at <= ?", [store.now().unixSeconds]), 0,
                       "nothing that could still be spent is past its expiry")
        XCTAssertEqual(try store.statistics().expired, try store.db.scalar("SELECT -sum(delta) FROM ledger WHERE kind = 'expire'"))
        XCTAssertEqual(try store.check(), [])
    }

    func testTheDailyJobRightAfterTheDemoExpiresNothingAndMovesNoOneBetweenTiers() throws {
        let store = try demo()
        XCTAssertGreaterThan(try store.db.scalar("SELECT count(*) FROM members WHERE tier_id != (SELECT id FROM tiers ORDER BY threshold LIMIT 1)"), 0)
        let report = try store.runDailyJob()
        XCTAssertEqual(report.expiry, ExpiryReport(entries: 0, points: 0, tierChanges: 0), "every tier is the one the last 12 months reach")
        XCTAssertEqual(try store.check(), [])
    }

    func testJoinedAndLastActivityFollowWhatHappened() throws {
        let store = try demo()
        let wrongActivity = try store.db.scalar("""
            SELECT count(*) FROM members m WHERE m.last_activity_at IS NOT
                (SELECT max(occurred_at) FROM ledger e WHERE e.member_id = m.id AND e.kind != 'expire')
            """)
        XCTAssertEqual(wrongActivity, 0, "last activity is the latest thing they did; an expiry is not one")
        let visitorsJoinedBeforeTheirFirstOrder = try store.db.scalar("""
            SELECT count(*) FROM members m WHERE m.status = 'visitor' AND m.joined_at !=
                coalesce((SELECT min(occurred_at) FROM ledger e WHERE e.member_id = m.id AND e.kind = 'earn'), m.joined_at)
            """)
        XCTAssertEqual(visitorsJoinedBeforeTheirFirstOrder, 0, "a visitor joined with their first order")
        let earnedBeforeJoining = try store.db.scalar("""
            SELECT count(*) FROM ledger e JOIN members m ON m.id = e.member_id WHERE e.kind = 'earn' AND e.occurred_at < m.joined_at
            """)
        XCTAssertEqual(earnedBeforeJoining, 0)
    }
}
