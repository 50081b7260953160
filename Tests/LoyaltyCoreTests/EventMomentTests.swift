import XCTest
import LoyaltyCore

final class EventMomentTests: XCTestCase {
    let utc = TimeZone(identifier: "UTC")!
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    func testTimestampsAreReadWithTheirOffsets() {
        let moment = Date(timeIntervalSince1970: 1_741_941_000)  // 2025-03-14 08:30:00 UTC
        for text in ["2025-03-14T08:30:00Z", "2025-03-14T09:30:00+01:00", "2025-03-14 09:30:00 +0100", "2025-03-14T03:30:00-05:00",
                     "2025-03-14T08:30:00.123Z", "2025-03-14T08:30Z"] {
            XCTAssertEqual(EventMoment.parse(text, dayZone: utc), moment, text)
        }
    }

    func testADateAloneIsTheStartOfThatDayInTheGivenZone() {
        XCTAssertEqual(EventMoment.parse("2025-03-14", dayZone: utc), Date(timeIntervalSince1970: 1_741_910_400))
        XCTAssertEqual(EventMoment.parse("2025-07-01", dayZone: amsterdam), Date(timeIntervalSince1970: 1_751_320_800), "summer time: UTC+2")
    }

    func testATimestampWithoutOffsetNeedsTheCallerToNameItsZone() {
        XCTAssertNil(EventMoment.parse("2025-03-14T08:30:00", dayZone: utc))
        XCTAssertEqual(EventMoment.parse("2025-03-14T08:30:00", dayZone: amsterdam, unmarkedZone: utc), Date(timeIntervalSince1970: 1_741_941_000))
    }

    func testWhatIsNotADateIsNotRead() {
        for text in ["", "14/03/2025", "2025-02-29", "2025-13-01", "2025-03-14T25:00:00Z", "2025-03-14T08:30:00+1", "yesterday", "2025-03-14x"] {
            XCTAssertNil(EventMoment.parse(text, dayZone: utc), text)
        }
        XCTAssertNotNil(EventMoment.parse("2024-02-29", dayZone: utc), "a leap day")
    }

    func testAMomentMoreThanFiveMinutesAheadIsRefusedNamingIt() {
        let now = Date(timeIntervalSince1970: 1_741_941_000)
        XCTAssertNoThrow(try EventMoment.check(now.addingTimeInterval(300), now: now))
        XCTAssertThrowsError(try EventMoment.check(now.addingTimeInterval(301), now: now)) { error in
            XCTAssertEqual(error as? LoyaltyError, .moment(.inTheFuture(moment: now.addingTimeInterval(301), now: now)))
            XCTAssertTrue(String(describing: error).contains("2025-03-14 08:35:01"), "\(error)")
        }
    }
}
