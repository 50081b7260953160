import Foundation
import XCTest
import LoyaltyCore
import LoyaltyText
import LoyaltyTUI

/// The sentence the Program form and `program set --dry-run` say before expiry changes: the real
/// figures, in the points name, singular where there is one.
final class HeldExpiryPreviewTests: XCTestCase {
    let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    func date(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    func testTheSentenceGivesTheRealFiguresInThePointsName() {
        let now = date(2026, 12, 6, hour: 12)
        var lots = (1...8_123).map { HeldLot(entryID: Int64($0), memberID: Int64($0), remaining: 150, earned: date(2026, 1, 1), expires: nil) }
        lots.append(HeldLot(entryID: 9_000, memberID: 1, remaining: 16_117, earned: date(2026, 1, 1), expires: nil))
        let plan = HeldPointsExpiry.decide(lots: lots, months: 12, scope: .pointsHeld(graceUntil: date(2027, 3, 1)), now: now, calendar: calendar)
        XCTAssertEqual(HeldExpiryPreview.sentence(plan, pointsName: "Stars", calendar: calendar, .english),
                       "1,234,567 Stars held by 8,123 members will start to expire on 1 March 2027, each 12 months after it was earned"
                       + " and none before 1 March 2027; Stars earned from now on expire 12 months after they are earned.")
        let one = HeldPointsExpiry.decide(lots: [HeldLot(entryID: 1, memberID: 1, remaining: 1, earned: date(2026, 11, 1), expires: nil)],
                                          months: 1, scope: .newPointsOnly, now: now, calendar: calendar)
        XCTAssertEqual(HeldExpiryPreview.sentence(one, pointsName: "Stars", calendar: calendar, .english),
                       "Stars held keep the expiry they have (or none): 1 Star held by 1 member. Only Stars earned from now on expire 1 month after they are earned.")
    }
}
