import Foundation
import XCTest
import LoyaltyCore
import LoyaltyText
@testable import LoyaltyTUI

/// A campaign's days read as `loyalty campaign list` reads them: the last day included, or the
/// moment it stops when that is during a day.
final class CampaignPeriodTests: XCTestCase {
    private let days: CalendarDays = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return CalendarDays(calendar: calendar)
    }()

    func testALastDayTypedInTheFormIsTheLastDayShown() throws {
        let campaign = Campaign(name: "December", multiplier: 200, starts: try days.start(of: "2026-12-01"), ends: try days.end(of: "2026-12-31"), ruleIDs: [1])
        XCTAssertEqual(campaign.ends, try days.start(of: "2027-01-01"), "it runs through the last day")
        XCTAssertEqual(CampaignForm.period(campaign, days: days, .english), "2026-12-01 – 2026-12-31")
    }

    func testACampaignEndingDuringADaySaysUntilWhen() throws {
        let stop = try days.start(of: "2026-12-31").addingTimeInterval(18 * 3_600)
        let campaign = Campaign(name: "December", multiplier: 200, starts: try days.start(of: "2026-12-01"), ends: stop, ruleIDs: [1])
        XCTAssertEqual(CampaignForm.period(campaign, days: days, .english), "2026-12-01 – until 2026-12-31 18:00")
    }
}
