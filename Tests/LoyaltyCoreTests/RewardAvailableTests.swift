import XCTest
import LoyaltyCore

final class RewardAvailableTests: XCTestCase {
    func programme(emails: Set<EmailTrigger> = [.rewardAvailable], cheapest: RewardThreshold? = RewardThreshold(name: "Free coffee", cost: 300)) -> ProgramSnapshot {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        return ProgramSnapshot(program: Program(name: "Shop", pointsName: "Stars", status: .active), rules: [], campaigns: [],
                               tiers: [Tier(id: 1, name: "Base", threshold: 0)], activeEmails: emails, cheapestReward: cheapest, now: now,
                               calendar: utcCalendar)
    }

    func testCrossingTheCheapestRewardsCostQueuesItKeyedByTheEntry() {
        XCTAssertEqual(RewardAvailable.email(memberID: 7, from: 250, to: 300, entryID: 41, programme: programme()),
                       EmailToQueue(.rewardAvailable, memberID: 7, values: ["reward": "Free coffee"], key: "entry:41"))
        XCTAssertEqual(RewardAvailable.email(memberID: 7, from: 0, to: 1_000, entryID: 42, programme: programme())?.key, "entry:42")
    }

    func testStayingBelowOrAlreadyAboveQueuesNothing() {
        XCTAssertNil(RewardAvailable.email(memberID: 7, from: 100, to: 299, entryID: 41, programme: programme()))
        XCTAssertNil(RewardAvailable.email(memberID: 7, from: 300, to: 400, entryID: 41, programme: programme()))
        XCTAssertNil(RewardAvailable.email(memberID: 7, from: 400, to: 200, entryID: 41, programme: programme()), "spending never announces")
    }

    func testNothingWhenTheEmailIsOffOrThereIsNoFixedReward() {
        XCTAssertNil(RewardAvailable.email(memberID: 7, from: 250, to: 300, entryID: 41, programme: programme(emails: [.pointsEarned])))
        XCTAssertNil(RewardAvailable.email(memberID: 7, from: 250, to: 300, entryID: 41, programme: programme(cheapest: nil)))
    }
}
