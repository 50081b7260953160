import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class DailyJobTests: XCTestCase {
    /// Everything the daily job could change, to compare two runs.
    private struct Snapshot: Equatable {
        let entries: Int64, events: Int64, outbox: Int64, tiers: [Int64], statistics: ProgramStatistics
        init(_ store: Store) throws {
            entries = try store.read { try $0.db.scalar("SELECT count(*) FROM ledger") }
            events = try store.read { try $0.db.scalar("SELECT count(*) FROM events") }
            outbox = try store.read { try $0.db.scalar("SELECT count(*) FROM outbox") }
            tiers = try store.read { tx in try tx.db.all("SELECT tier_id FROM members ORDER BY id") { $0.int(0) } }
            statistics = try store.statistics()
        }
    }

    private func birthdayShop() throws -> Shop {
        let shop = try Shop(expiryMonths: 1)
        _ = try shop.store.addRule(EarningRule(kind: .birthday, award: .fixed(50)))
        return shop
    }

    func testBirthdayPointsOnTheDayOncePerYear() throws {
        let shop = try birthdayShop()
        _ = try shop.store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com", birthday: "1990-01-15"))
        _ = try shop.store.addMember(MemberDetails(name: "Ann", email: "ann@example.com", birthday: "1-15"))
        _ = try shop.store.addMember(MemberDetails(name: "Bob", email: "bob@example.com", birthday: "01-16"))
        _ = try shop.store.addMember(MemberDetails(name: "Vic", email: "vic@example.com", birthday: "01-15"), status: .visitor)
        shop.store.setClock(day(14).addingTimeInterval(3600 * 23))  // 2025-01-15 23:00 UTC
        let report = try shop.store.runDailyJob()
        XCTAssertEqual(report.birthdays, 2)
        XCTAssertEqual(report.birthdayPoints, 100)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 50)
        XCTAssertEqual(try shop.store.balance("bob@example.com"), 0)
        XCTAssertEqual(try shop.store.balance("vic@example.com"), 0, "birthday points are a members' perk")
        XCTAssertEqual(try shop.store.activity(memberID: 1, limit: 1).first?.eventKey, "birthday:1:2025")
        XCTAssertEqual(try shop.store.runDailyJob().birthdays, 0)
        shop.store.setClock(day(365 + 14))                           // 2026-01-15
        XCTAssertEqual(try shop.store.runDailyJob().birthdays, 2)
        try shop.assertConsistent()
    }

    func testNoBirthdayPointsWithoutAnActiveBirthdayRule() throws {
        let shop = try Shop()
        _ = try shop.store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com", birthday: "01-01"))
        XCTAssertEqual(try shop.store.runDailyJob().birthdays, 0)
        XCTAssertEqual(try shop.store.read { try $0.db.scalar("SELECT count(*) FROM events WHERE kind = 'birthday'") }, 0,
                       "not even a not-awarded event, so turning the rule on later today still pays")
    }

    func testALeapDayBirthdayIsCelebratedOnTheTwentyEighthInOtherYears() throws {
        let shop = try birthdayShop()
        _ = try shop.store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com", birthday: "2000-02-29"))
        shop.store.setClock(day(58))                                 // 2025-02-28
        XCTAssertEqual(try shop.store.runDailyJob().birthdays, 1)
        shop.store.setClock(day(59))                                 // 2025-03-01
        XCTAssertEqual(try shop.store.runDailyJob().birthdays, 0)
    }

    func testRunningTheDailyJobTwiceOnTheSameDayChangesNothingTheSecondTime() throws {
        let shop = try birthdayShop()
        for trigger in EmailTrigger.allCases { _ = try shop.store.setEmailActive(trigger, true) }
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100))
        _ = try shop.store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com", birthday: "02-20"))
        _ = try shop.store.addMember(MemberDetails(name: "Ann", email: "ann@example.com"))
        try shop.store.order("1", "zoe@example.com", "15")       // day 0: expires day 31
        shop.store.setClock(day(20))
        try shop.store.order("2", "ann@example.com", "12")       // day 20: expires day 51, Silver
        shop.store.setClock(day(50))                             // 2025-02-20, Zoë's birthday: lot 1 expired, lot 2 due tomorrow
        let first = try shop.store.runDailyJob()
        XCTAssertEqual(first.expiry.entries, 1)
        XCTAssertEqual(first.reminders, 1)
        XCTAssertEqual(first.birthdays, 1)
        let after = try Snapshot(shop.store)
        let second = try shop.store.runDailyJob()
        XCTAssertEqual(second, DailyReport(expiry: ExpiryReport(entries: 0, points: 0, tierChanges: 0), reminders: 0, birthdays: 0, birthdayPoints: 0, deliveriesForgotten: 0))
        XCTAssertEqual(try Snapshot(shop.store), after)
        try shop.assertConsistent()
    }
}
