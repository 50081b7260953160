import XCTest
import LoyaltyCore

/// Expiry switched on while members hold points: which held lot expires when.
final class HeldPointsExpiryTests: XCTestCase {
    /// 2026-12-06 12:00 UTC, the moment the owner saves the change.
    let now = utcDate(2026, 12, 6, hour: 12)

    func lot(_ id: Int64, member: Int64 = 1, _ remaining: Points, earned: Date, expires: Date? = nil) -> HeldLot {
        HeldLot(entryID: id, memberID: member, remaining: remaining, earned: earned, expires: expires)
    }

    func expiries(_ plan: HeldExpiryPlan) -> [Int64: Date] {
        Dictionary(uniqueKeysWithValues: plan.changes.map { ($0.lotID, $0.expires) })
    }

    func testEachHeldLotExpiresTheMonthsAfterItWasEarned() {
        let lots = [lot(1, 100, earned: utcDate(2026, 6, 15)), lot(2, member: 2, 40, earned: utcDate(2026, 11, 1))]
        let plan = HeldPointsExpiry.decide(lots: lots, months: 12, scope: .pointsHeld(graceUntil: nil), now: now, calendar: utcCalendar)
        XCTAssertEqual(expiries(plan), [1: utcDate(2027, 6, 15), 2: utcDate(2027, 11, 1)])
        XCTAssertEqual(plan.firstExpiry, utcDate(2027, 6, 15))
        XCTAssertEqual([plan.heldPoints, Points(plan.members)], [140, 2])
    }

    func testALotWhoseMonthsArePastExpiresNowNeverBefore() {
        let lots = [lot(1, 100, earned: utcDate(2025, 1, 10)), lot(2, 30, earned: utcDate(2025, 12, 6, hour: 13))]
        let plan = HeldPointsExpiry.decide(lots: lots, months: 12, scope: .pointsHeld(graceUntil: nil), now: now, calendar: utcCalendar)
        XCTAssertEqual(expiries(plan), [1: now, 2: utcDate(2026, 12, 6, hour: 13)], "the first lot's 12 months ended last January: it expires now, not then")
        XCTAssertEqual(plan.notBefore, now)
    }

    func testAGraceDateIsTheEarliestAnyHeldLotExpires() {
        let grace = utcDate(2027, 3, 1)
        let lots = [lot(1, 100, earned: utcDate(2025, 1, 10)), lot(2, 50, earned: utcDate(2026, 2, 20)),
                    lot(3, member: 2, 70, earned: utcDate(2026, 9, 9))]
        let plan = HeldPointsExpiry.decide(lots: lots, months: 12, scope: .pointsHeld(graceUntil: grace), now: now, calendar: utcCalendar)
        XCTAssertEqual(expiries(plan), [1: grace, 2: grace, 3: utcDate(2027, 9, 9)], "the later of earned + 12 months and the grace date")
        XCTAssertEqual(plan.firstExpiry, grace)
    }

    func testAGraceDateEarlierTodayCountsAsNowAndAPastDayIsRefused() {
        let earlierToday = utcDate(2026, 12, 6)
        XCTAssertNil(HeldPointsExpiry.validate(grace: earlierToday, now: now, calendar: utcCalendar))
        XCTAssertEqual(HeldPointsExpiry.notBefore(grace: earlierToday, now: now), now)
        XCTAssertEqual(HeldPointsExpiry.validate(grace: utcDate(2026, 12, 5), now: now, calendar: utcCalendar), .expiryGraceInThePast(day: "5 December 2026"))
    }

    func testNewPointsOnlyLeavesHeldLotsAsTheyAreButCountsThem() {
        let lots = [lot(1, 100, earned: utcDate(2025, 1, 10)), lot(2, 20, earned: utcDate(2026, 1, 1), expires: utcDate(2027, 1, 1)),
                    lot(3, member: 2, 5, earned: utcDate(2026, 5, 5)), lot(4, member: 3, 0, earned: utcDate(2026, 5, 5))]
        let plan = HeldPointsExpiry.decide(lots: lots, months: 6, scope: .newPointsOnly, now: now, calendar: utcCalendar)
        XCTAssertEqual(plan.changes, [])
        XCTAssertNil(plan.firstExpiry)
        XCTAssertEqual([plan.heldPoints, Points(plan.members)], [125, 2], "an empty lot is not held")
    }

    func testALotThatAlreadyHasTheDateIsNotChangedButStillCountsForTheFirstExpiry() {
        let lots = [lot(1, 10, earned: utcDate(2026, 8, 1), expires: utcDate(2027, 8, 1)), lot(2, 10, earned: utcDate(2026, 10, 1), expires: nil)]
        let plan = HeldPointsExpiry.decide(lots: lots, months: 12, scope: .pointsHeld(graceUntil: nil), now: now, calendar: utcCalendar)
        XCTAssertEqual(expiries(plan), [2: utcDate(2027, 10, 1)])
        XCTAssertEqual(plan.firstExpiry, utcDate(2027, 8, 1))
    }

    func testAChoiceIsNeededOnlyWhenExpiryIsSwitchedOnOrChangedWhilePointsAreHeld() {
        XCTAssertTrue(HeldPointsExpiry.needsChoice(from: nil, to: 12, heldPoints: 1))
        XCTAssertTrue(HeldPointsExpiry.needsChoice(from: 12, to: 6, heldPoints: 1))
        XCTAssertFalse(HeldPointsExpiry.needsChoice(from: 12, to: 12, heldPoints: 1))
        XCTAssertFalse(HeldPointsExpiry.needsChoice(from: 12, to: nil, heldPoints: 1))
        XCTAssertFalse(HeldPointsExpiry.needsChoice(from: nil, to: 12, heldPoints: 0))
    }

    func testARescheduledLotIsSpentInItsNewOrder() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 100, expires: nil)
        book.credit(entryID: 2, amount: 100, expires: day(400))
        book.reschedule(lotID: 1, expires: day(300))
        book.debit(50)
        XCTAssertEqual(book.lots.mapValues(\.remaining), [1: 50, 2: 100], "the held lot now expires first, so it is spent first")
    }
}

/// Midnight (or `hour`) of a day, in UTC.
func utcDate(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0) -> Date {
    utcCalendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
}
