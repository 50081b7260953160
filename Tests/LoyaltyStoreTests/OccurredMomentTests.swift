import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Every entry carries the moment it happened as well as the moment it was recorded, and every rule
/// that means "when" uses the moment it happened.
final class OccurredMomentTests: XCTestCase {
    func order(_ id: String, _ email: String, _ subtotal: String, at moment: Date) -> EarningEvent {
        EarningEvent(kind: .order, externalID: id, email: email, amount: eur(subtotal), occurredAt: moment)
    }

    func testAnOrderRecordedLateIsDatedWhenItWasPlacedAndKeepsWhenItWasRecorded() throws {
        let shop = try Shop()
        shop.store.setClock(day(400))
        try shop.store.record(order("1042", "zoe@example.com", "10", at: day(10)))
        let zoe = try shop.store.member(email: "zoe@example.com")
        let entry = try XCTUnwrap(shop.store.activity(memberID: zoe.id, limit: 1).first)
        XCTAssertEqual(entry.at, day(10))
        XCTAssertEqual(entry.recorded, day(400))
        XCTAssertEqual(zoe.joined, day(10), "joined with their first order")
        XCTAssertEqual(zoe.lastActivity, day(10))
        try shop.assertConsistent()
    }

    func testAnOrderFromTwoYearsAgoUnderTwelveMonthExpiryArrivesEarnedAndExpiredOnTheirOwnDates() throws {
        let shop = try Shop(expiryMonths: 12)
        _ = try shop.store.setEmailActive(.pointsEarned, true)
        try shop.member("zoe@example.com")
        shop.store.setClock(day(800))
        let outcome = try shop.store.record(order("1042", "zoe@example.com", "15", at: day(10)))
        XCTAssertEqual(outcome.points, 150)
        XCTAssertEqual(outcome.message, "earned 150 Stars, expired since 2026-01-11")
        try shop.store.record(order("1043", "zoe@example.com", "10", at: day(700)))
        let zoe = try shop.store.member(email: "zoe@example.com")
        XCTAssertEqual(zoe.balance, 100, "only the recent order's points can be spent")
        let entries = try shop.store.activity(memberID: zoe.id, limit: 10)
        XCTAssertEqual(entries.map(\.kind), [.earn, .expire, .earn])
        XCTAssertEqual(entries.map(\.at), [day(700), day(375), day(10)], "newest first by when it happened")
        XCTAssertEqual(entries[1].delta, -150)
        XCTAssertEqual(entries[1].reason, "Points earned 2025-01-11 expired")
        XCTAssertEqual(try shop.store.expirePoints().entries, 0, "nothing left to expire")
        XCTAssertEqual(try shop.store.outbox(memberID: zoe.id, limit: 10).filter { $0.trigger == .pointsEarned }.map(\.eventKey), ["order:1043"],
                       "no \"points earned\" e-mail for points that already expired")
        try shop.assertConsistent()
    }

    func testAnOrderPlacedDuringACampaignEarnsItsMultiplierWheneverItIsRecorded() throws {
        let shop = try Shop()
        shop.store.setClock(day(0))
        try shop.store.addCampaign(Campaign(name: "Double December", multiplier: 200, starts: day(334), ends: day(365), ruleIDs: [shop.orderRule.id]))
        shop.store.setClock(day(400))
        XCTAssertEqual(try shop.store.record(order("during", "zoe@example.com", "10", at: day(340))).points, 200)
        XCTAssertEqual(try shop.store.record(order("before", "zoe@example.com", "10", at: day(330))).points, 100)
        XCTAssertEqual(try shop.store.record(order("now", "zoe@example.com", "10", at: day(400))).points, 100)
    }

    func testTheDailyCapCountsTheDayTheEventHappened() throws {
        let shop = try Shop()
        let reviews = try shop.store.addRule(EarningRule(kind: .review, award: .fixed(50), maxPerMemberPerDay: 60))
        XCTAssertNotNil(reviews)
        shop.store.setClock(day(30))
        func review(_ id: String, at moment: Date) throws -> Points {
            try shop.store.record(EarningEvent(kind: .review, externalID: id, email: "zoe@example.com", occurredAt: moment)).points
        }
        XCTAssertEqual(try review("r1", at: day(10.2)), 50)
        XCTAssertEqual(try review("r2", at: day(10.9)), 10, "the same day as r1")
        XCTAssertEqual(try review("r3", at: day(11.1)), 50, "the next day")
        XCTAssertEqual(try review("r4", at: day(30)), 50, "today is another day")
    }

    func testTheTierWindowEndsWhenTheOrderWasPlacedAndALateOrderNeverLowersTheTier() throws {
        let shop = try Shop()
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 1_000))
        shop.store.setClock(day(800))
        try shop.store.record(order("1", "zoe@example.com", "60", at: day(10)))
        try shop.store.record(order("2", "zoe@example.com", "60", at: day(100)))
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierID, gold.id, "1,200 earned within the 12 months ending at the second order")
        try shop.store.record(order("3", "ann@example.com", "60", at: day(10)))
        try shop.store.record(order("4", "ann@example.com", "60", at: day(500)))
        XCTAssertNotEqual(try shop.store.member(email: "ann@example.com").tierID, gold.id, "the first order is outside the window ending at the second")
        try shop.store.record(order("5", "zoe@example.com", "1", at: day(-300)))
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierID, gold.id, "an older order is judged with the window Zoë is already in")
    }

    func testARefundIsDatedWhenItWasMade() throws {
        let shop = try Shop()
        shop.store.setClock(day(60))
        try shop.store.record(order("1042", "zoe@example.com", "40", at: day(10)))
        let outcome = try shop.store.refund(RefundRequest(orderRef: "1042", refundID: "r1", amount: eur("10"), occurredAt: day(20)))
        XCTAssertEqual(outcome.reversed, 100)
        let zoe = try shop.store.member(email: "zoe@example.com")
        XCTAssertEqual(try shop.store.activity(memberID: zoe.id, limit: 1).first?.at, day(20))
        try shop.assertConsistent()
    }

    func testAMomentMoreThanFiveMinutesAheadIsRefusedAndNothingIsRecorded() throws {
        let shop = try Shop()
        shop.store.setClock(day(10))
        let ahead = day(10).addingTimeInterval(301)
        XCTAssertThrowsError(try shop.store.record(order("1042", "zoe@example.com", "10", at: ahead))) { error in
            XCTAssertEqual(error as? LoyaltyError, .moment(.inTheFuture(moment: ahead, now: day(10))))
        }
        XCTAssertThrowsError(try shop.store.member(email: "zoe@example.com"), "no visitor was added")
        XCTAssertEqual(try shop.store.record(order("1042", "zoe@example.com", "10", at: day(10).addingTimeInterval(299))).points, 100, "clocks may differ a little")
        XCTAssertThrowsError(try shop.store.refund(RefundRequest(orderRef: "1042", occurredAt: ahead))) { error in
            XCTAssertEqual(error as? LoyaltyError, .moment(.inTheFuture(moment: ahead, now: day(10))))
        }
    }

    func testTheSameOrderSentAgainWithoutItsDateIsStillTheSameOrder() throws {
        let shop = try Shop()
        shop.store.setClock(day(60))
        try shop.store.record(order("1042", "zoe@example.com", "10", at: day(10)))
        let again = try shop.store.record(EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: eur("10")))
        XCTAssertTrue(again.duplicate)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 100)
    }

    func testTheDailyFiguresCountAnEntryOnTheDayItHappened() throws {
        let shop = try Shop()
        shop.store.setClock(day(60))
        try shop.store.record(order("1042", "zoe@example.com", "10", at: day(10)))
        let days = try shop.store.read { try $0.db.all("SELECT day, issued FROM daily_points WHERE issued > 0") { [$0.int(0), $0.int(1)] } }
        XCTAssertEqual(days, [[day(10).unixSeconds / 86_400, 100]])
        try shop.assertConsistent()
    }
}
