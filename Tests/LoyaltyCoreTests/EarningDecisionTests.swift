import XCTest
import LoyaltyCore

final class EarningDecisionTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let orders = EarningRule(id: 1, kind: .order, award: .perSpend(points: 10, per: eur("1")), maxPerMemberPerDay: 100)
    let base = Tier(id: 1, name: "Base", threshold: 0)
    let gold = Tier(id: 2, name: "Gold", threshold: 100, multiplier: 150)

    func programme(campaigns: [Campaign] = [], emails: Set<EmailTrigger> = [], status: ProgramStatus = .active) -> ProgramSnapshot {
        ProgramSnapshot(program: Program(name: "Shop", pointsName: "Stars", status: status), rules: [orders], campaigns: campaigns,
                        tiers: [gold, base], activeEmails: emails, cheapestReward: nil, now: now, calendar: utcCalendar)
    }

    func member(tier: Int64 = 1, earned: Points = 0, today: Points = 0) -> MemberSnapshot {
        MemberSnapshot(id: 7, balance: 0, tierID: tier, earnedInWindow: earned, earnedTodayByRule: [1: today])
    }

    func order(_ amount: String) -> EarningEvent { EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: eur(amount)) }

    func testTenPointsPerEuroOnFourNinetyNineEarnsForty() throws {
        let decision = try Earning.decide(order("4.99"), programme: programme(), member: member())
        XCTAssertEqual(decision.points, 40)
        XCTAssertEqual(decision.message, "earned 40 Stars")
        XCTAssertEqual(decision.changes.postings, [Posting(memberID: 7, kind: .earn, delta: 40, reason: "Order 1042 (4.99 EUR)", eventKey: "order:1042", ruleID: 1)])
    }

    func testARunningCampaignDoublesItAndAnEndedOneDoesNot() throws {
        let running = Campaign(id: 1, name: "Double", multiplier: 200, starts: now.addingTimeInterval(-60), ends: now.addingTimeInterval(60), ruleIDs: [1])
        XCTAssertEqual(try Earning.decide(order("4.99"), programme: programme(campaigns: [running]), member: member()).points, 80)
        var ended = running
        ended.ends = now
        XCTAssertEqual(try Earning.decide(order("4.99"), programme: programme(campaigns: [ended]), member: member()).points, 40)
    }

    func testTheDailyCapStopsIt() throws {
        XCTAssertEqual(try Earning.decide(order("4.99"), programme: programme(), member: member(today: 70)).points, 30)
        let capped = try Earning.decide(order("4.99"), programme: programme(), member: member(today: 100))
        XCTAssertEqual(capped.points, 0)
        XCTAssertEqual(capped.message, "not awarded: the daily maximum for Place an order is reached")
        XCTAssertEqual(capped.changes, .none)
    }

    func testAGoldMemberEarnsHalfAsMuchAgain() throws {
        XCTAssertEqual(try Earning.decide(order("4.99"), programme: programme(), member: member(tier: 2, earned: 500)).points, 60)
    }

    func testReachingATierMovesTheMemberAndAnnouncesItWhenTheEmailIsOn() throws {
        let quiet = try Earning.decide(order("4.99"), programme: programme(), member: member(earned: 70))
        XCTAssertEqual(quiet.changes.tierChange, TierChange(memberID: 7, from: base, to: gold, announced: false))
        let announced = try Earning.decide(order("4.99"), programme: programme(emails: [.tierReached, .pointsEarned]), member: member(earned: 70))
        XCTAssertEqual(announced.changes.tierChange?.announced, true)
        XCTAssertEqual(announced.changes.emails, [EmailToQueue(.pointsEarned, memberID: 7, values: ["points": "40"], key: "order:1042")])
        XCTAssertNil(try Earning.decide(order("4.99"), programme: programme(), member: member(earned: 50)).changes.tierChange)
    }

    func testNothingIsAwardedWhileThePausedProgrammeOrWithoutAWayToEarn() throws {
        XCTAssertEqual(try Earning.decide(order("4.99"), programme: programme(status: .paused), member: member()).message, "not awarded: the programme is paused")
        let review = EarningEvent(kind: .review, externalID: "r1", email: "zoe@example.com")
        XCTAssertEqual(try Earning.decide(review, programme: programme(), member: member()).message, "not awarded: no active way to earn for review")
    }

    func testOnlyAReferredMembersFirstOrderPaysTheReferrer() {
        XCTAssertTrue(Earning.paysReferrer(.order, member: MemberSnapshot(id: 7, balance: 0, tierID: 1, earnedInWindow: 0, orders: 0, referrer: 3)))
        XCTAssertFalse(Earning.paysReferrer(.order, member: MemberSnapshot(id: 7, balance: 0, tierID: 1, earnedInWindow: 0, orders: 1, referrer: 3)))
        XCTAssertFalse(Earning.paysReferrer(.order, member: MemberSnapshot(id: 7, balance: 0, tierID: 1, earnedInWindow: 0, orders: 0, referrer: nil)))
        XCTAssertFalse(Earning.paysReferrer(.review, member: MemberSnapshot(id: 7, balance: 0, tierID: 1, earnedInWindow: 0, orders: 0, referrer: 3)))
    }

    func testAnOrderPlacedDuringACampaignEarnsItsMultiplierWhenDecidedAfterTheCampaign() throws {
        let ended = Campaign(id: 1, name: "Double", multiplier: 200, starts: now.addingTimeInterval(-7 * 86_400), ends: now.addingTimeInterval(-86_400), ruleIDs: [1])
        var during = order("4.99")
        during.occurredAt = now.addingTimeInterval(-3 * 86_400)
        let decision = try Earning.decide(during, programme: programme(campaigns: [ended]), member: member())
        XCTAssertEqual(decision.points, 80)
        XCTAssertEqual(decision.changes.postings.first?.occurred, during.occurredAt, "the entry is dated when the order was placed")
        var before = order("4.99")
        before.occurredAt = now.addingTimeInterval(-8 * 86_400)
        XCTAssertEqual(try Earning.decide(before, programme: programme(campaigns: [ended]), member: member()).points, 40)
    }

    func testTheDateIsNotPartOfWhatMustMatchWhenAnEventIsSentAgain() {
        var dated = order("4.99")
        dated.occurredAt = now
        XCTAssertEqual(dated.payload, order("4.99").payload)
        XCTAssertEqual(dated.key, order("4.99").key)
    }
}
