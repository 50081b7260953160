import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class RuleTests: XCTestCase {
    func testTenPointsPerEuroOnFourEurosNinetyNineEarnsForty() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        let outcome = try shop.store.order("1042", "zoe@example.com", "4.99")
        XCTAssertEqual(outcome.points, 40)
        XCTAssertEqual(outcome.message, "earned 40 Stars")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 40)
    }

    func testOnePointPerFiveEurosOnFourteenNinetyNineEarnsTwo() throws {
        let shop = try Shop()
        _ = try shop.store.editRule(EarningRule(id: shop.orderRule.id, kind: .order, award: .perSpend(points: 1, per: eur("5"))))
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "14.99").points, 2)
    }

    func testAFixedAmountPerOrder() throws {
        let shop = try Shop()
        _ = try shop.store.editRule(EarningRule(id: shop.orderRule.id, kind: .order, award: .fixed(25)))
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "1.00").points, 25)
    }

    func testAnOrderTooSmallToEarnIsRecordedAsNotAwarded() throws {
        let shop = try Shop()
        let outcome = try shop.store.order("1", "zoe@example.com", "0.99")
        XCTAssertFalse(outcome.awarded)
        XCTAssertEqual(outcome.message, "not awarded: the amount is below what earns a point")
    }

    func testEveryKindOfWayToEarnAwardsItsPoints() throws {
        let shop = try Shop()
        for kind in [EarningKind.booking, .eventTicket, .eventRSVP, .newsletter, .review, .birthday] {
            _ = try shop.store.addRule(EarningRule(kind: kind, award: .fixed(7)))
        }
        _ = try shop.store.addRule(EarningRule(kind: .custom, name: "Follow us", award: .fixed(3)))
        try shop.member("zoe@example.com")
        for kind in [EarningKind.booking, .eventTicket, .eventRSVP, .newsletter, .review, .birthday] {
            XCTAssertEqual(try shop.store.record(EarningEvent(kind: kind, externalID: "x", email: "zoe@example.com", amount: kind.canEarnPerSpend ? eur("10") : nil)).points, 7, kind.rawValue)
        }
        XCTAssertEqual(try shop.store.record(EarningEvent(kind: .custom, externalID: "1", email: "zoe@example.com", action: " follow US ")).points, 3)
        let unknown = try shop.store.record(EarningEvent(kind: .custom, externalID: "2", email: "zoe@example.com", action: "Dance"))
        XCTAssertEqual(unknown.message, "not awarded: no active way to earn for the action \"Dance\"")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 45)
        try shop.assertConsistent()
    }

    func testAnInactiveWayToEarnAwardsNothingAndSaysWhy() throws {
        let shop = try Shop()
        let review = try shop.store.addRule(EarningRule(kind: .review, award: .fixed(5), active: false))
        XCTAssertFalse(review.active)
        let outcome = try shop.store.record(EarningEvent(kind: .review, externalID: "r1", email: "zoe@example.com"))
        XCTAssertEqual(outcome.message, "not awarded: no active way to earn for review")
    }

    func testSignupPointsAreAwardedWhenSomeoneBecomesAMemberOnlyOnce() throws {
        let shop = try Shop()
        _ = try shop.store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
        try shop.member("zoe@example.com")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 50)
        try shop.member("vic@example.com", status: .visitor)
        XCTAssertEqual(try shop.store.balance("vic@example.com"), 0)
        _ = try shop.store.setStatus(email: "vic@example.com", .member)
        XCTAssertEqual(try shop.store.balance("vic@example.com"), 50)
        _ = try shop.store.setStatus(email: "vic@example.com", .pending)
        _ = try shop.store.setStatus(email: "vic@example.com", .member)
        XCTAssertEqual(try shop.store.balance("vic@example.com"), 50, "sign-up points once per person")
        XCTAssertThrowsError(try shop.store.record(EarningEvent(kind: .signup, externalID: "x", email: "zoe@example.com")))
    }

    func testOneWayToEarnPerKindButCustomActionsByDistinctName() throws {
        let shop = try Shop()
        let message = errorMessage { _ = try shop.store.addRule(EarningRule(kind: .order, award: .fixed(5))) }
        XCTAssertTrue(message.contains("exists already"), message)
        _ = try shop.store.addRule(EarningRule(kind: .custom, name: "Follow us", award: .fixed(3)))
        XCTAssertThrowsError(try shop.store.addRule(EarningRule(kind: .custom, name: "FOLLOW US", award: .fixed(3))))
        _ = try shop.store.addRule(EarningRule(kind: .custom, name: "Share a photo", award: .fixed(3)))
        XCTAssertEqual(try shop.store.rules().count, 3)
    }

    func testRulesCanBeEditedAndDeleted() throws {
        let shop = try Shop()
        let review = try shop.store.addRule(EarningRule(kind: .review, award: .fixed(5)))
        var edited = review
        edited.award = .fixed(8)
        edited.maxPerMemberPerDay = 16
        XCTAssertEqual(try shop.store.editRule(edited).rule, edited)
        XCTAssertEqual(try shop.store.rules().first { $0.id == review.id }, edited)
        _ = try shop.store.deleteRule(id: review.id)
        XCTAssertEqual(try shop.store.rules().map(\.id), [shop.orderRule.id])
        XCTAssertThrowsError(try shop.store.deleteRule(id: review.id))
        XCTAssertThrowsError(try shop.store.editRule(EarningRule(id: 999, kind: .review, award: .fixed(1))))
    }

    func testMaximumPerEventCapsAnOrder() throws {
        let shop = try Shop()
        var rule = shop.orderRule
        rule.maxPerEvent = 100
        _ = try shop.store.editRule(rule)
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "50").points, 100)
    }

    func testMaximumPerMemberPerDayCountsTheMembersEarningsFromTheRuleToday() throws {
        let shop = try Shop()
        var rule = shop.orderRule
        rule.maxPerMemberPerDay = 100
        _ = try shop.store.editRule(rule)
        shop.store.setClock(day(3).addingTimeInterval(3600))
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "7").points, 70)
        XCTAssertEqual(try shop.store.order("2", "zoe@example.com", "7").points, 30)
        let capped = try shop.store.order("3", "zoe@example.com", "7")
        XCTAssertEqual(capped.points, 0)
        XCTAssertEqual(capped.message, "not awarded: the daily maximum for Place an order is reached")
        XCTAssertEqual(try shop.store.order("4", "ann@example.com", "7").points, 70, "the cap is per member")
        shop.store.setClock(day(4))
        XCTAssertEqual(try shop.store.order("5", "zoe@example.com", "7").points, 70, "a new day starts afresh")
        try shop.assertConsistent()
    }

    func testACampaignMultipliesItsRulesBetweenItsDates() throws {
        let shop = try Shop()
        _ = try shop.store.addCampaign(Campaign(name: "Double December", multiplier: 200, starts: day(10), ends: day(20), ruleIDs: [shop.orderRule.id]))
        shop.store.setClock(day(9))
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "4.99").points, 40)
        shop.store.setClock(day(10))
        XCTAssertEqual(try shop.store.order("2", "zoe@example.com", "4.99").points, 80)
        shop.store.setClock(day(20))
        XCTAssertEqual(try shop.store.order("3", "zoe@example.com", "4.99").points, 40)
    }

    func testOverlappingCampaignsTakeTheHighestMultiplier() throws {
        let shop = try Shop()
        _ = try shop.store.addCampaign(Campaign(name: "Double", multiplier: 200, starts: day(0), ends: day(30), ruleIDs: [shop.orderRule.id]))
        _ = try shop.store.addCampaign(Campaign(name: "Triple", multiplier: 300, starts: day(5), ends: day(6), ruleIDs: [shop.orderRule.id]))
        shop.store.setClock(day(5.5))
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "10").points, 300)
        shop.store.setClock(day(7))
        XCTAssertEqual(try shop.store.order("2", "zoe@example.com", "10").points, 200)
    }

    func testACampaignIsEditedLongerAndHigherAndTheChangeIsAudited() throws {
        let shop = try Shop()
        let added = try shop.store.addCampaign(Campaign(name: "Double", multiplier: 200, starts: day(0), ends: day(10), ruleIDs: [shop.orderRule.id]))
        var longer = added
        longer.ends = day(20)
        longer.multiplier = 300
        let saved = try shop.store.editCampaign(longer)
        XCTAssertEqual(try shop.store.campaigns(), [saved])
        XCTAssertEqual([saved.id, saved.multiplier], [added.id, 300])
        shop.store.setClock(day(15))
        XCTAssertEqual(try shop.store.order("1", "zoe@example.com", "10").points, 300, "runs past its old end, at its new multiplier")
        let line = try XCTUnwrap(shop.store.auditEntries(limit: 5).first { $0.action == "campaign.edit" })
        XCTAssertEqual(line.change, "multiplier: 2x; ends: 2025-01-11T00:00:00Z → multiplier: 3x; ends: 2025-01-21T00:00:00Z")
        XCTAssertEqual(line.subject, "campaign \(added.id) (Double)")

        var backwards = saved
        backwards.ends = day(-1)
        XCTAssertEqual(errorMessage { _ = try shop.store.editCampaign(backwards) }, "campaign must end after it starts")
        var unknown = saved
        unknown.id = 99
        XCTAssertEqual(errorMessage { _ = try shop.store.editCampaign(unknown) }, "no campaign with id 99")
        XCTAssertEqual(try shop.store.campaigns(), [saved], "a refused edit changes nothing")
    }

    func testCampaignsAreListedAndDeleted() throws {
        let shop = try Shop()
        let c = try shop.store.addCampaign(Campaign(name: "Double", multiplier: 200, starts: day(0), ends: day(30), ruleIDs: [shop.orderRule.id]))
        XCTAssertEqual(try shop.store.campaigns(), [c])
        XCTAssertThrowsError(try shop.store.addCampaign(Campaign(name: "Bad", multiplier: 200, starts: day(0), ends: day(30), ruleIDs: [999])))
        try shop.store.deleteCampaign(id: c.id)
        XCTAssertEqual(try shop.store.campaigns(), [])
        XCTAssertThrowsError(try shop.store.deleteCampaign(id: c.id))
    }
}
