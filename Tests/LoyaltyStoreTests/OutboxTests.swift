import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Each automation queues its e-mail in the event's own transaction when it is active, never when
/// it is not, and once per event.
final class OutboxTests: XCTestCase {
    private func on(_ shop: Shop, _ triggers: EmailTrigger...) throws {
        for trigger in triggers { _ = try shop.store.setEmailActive(trigger, true) }
    }

    /// The outbox oldest first.
    private func outbox(_ shop: Shop, _ trigger: EmailTrigger? = nil) throws -> [OutboxMessage] {
        try shop.store.outbox(limit: 1000, oldestFirst: true).filter { trigger == nil || $0.trigger == trigger }
    }

    func testNothingIsQueuedWhileEveryAutomationIsOff() throws {
        let shop = try Shop(expiryMonths: 1)
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100))
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "12")
        try shop.redeemFiveOff("zoe@example.com")
        shop.store.setClock(day(20))
        _ = try shop.store.runDailyJob()
        XCTAssertEqual(try outbox(shop), [])
    }

    func testWelcomeIsQueuedOncePerPersonWhenTheyBecomeAMember() throws {
        let shop = try Shop()
        try on(shop, .welcome)
        try shop.member("zoe@example.com")
        try shop.member("visitor@example.com", status: .visitor)
        XCTAssertEqual(try outbox(shop).map(\.toAddress), ["zoe@example.com"], "a visitor has not joined")
        _ = try shop.store.setStatus(email: "visitor@example.com", .member)
        _ = try shop.store.setStatus(email: "zoe@example.com", .visitor)
        _ = try shop.store.setStatus(email: "zoe@example.com", .member)
        let welcome = try outbox(shop)
        XCTAssertEqual(welcome.map(\.toAddress), ["zoe@example.com", "visitor@example.com"], "joining again is not a new welcome")
        XCTAssertEqual(welcome[0].subject, "Welcome to Café Zoë, Zoe!")
        XCTAssertEqual(welcome[0].body, "Hi Zoe,\n\nYou are now a member of Café Zoë. You have 0 Stars to start with.\n")
        XCTAssertEqual(welcome[0].eventKey, "member:1")
        XCTAssertEqual(welcome[0].status, .queued)
    }

    func testPointsEarnedIsQueuedPerEarningAndTheSameOrderTwiceQueuesOnce() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("0", "zoe@example.com", "3")
        XCTAssertEqual(try outbox(shop), [], "inactive")
        try on(shop, .pointsEarned)
        try shop.store.order("1", "zoe@example.com", "12.50")
        try shop.store.order("1", "zoe@example.com", "12.50")
        try shop.store.gift("zoe@example.com", 5)
        try shop.store.order("2", "zoe@example.com", "0.50")   // earns nothing
        let earned = try outbox(shop)
        XCTAssertEqual(earned.map(\.subject), ["You earned 120 Stars"])
        XCTAssertEqual(earned.first?.body, "Hi Zoe,\n\nYou earned 120 Stars. Your balance is now 150 Stars.\n")
        XCTAssertEqual(earned.first?.eventKey, "order:1")
    }

    func testRewardAvailableIsQueuedEachTimeTheBalanceCrossesTheCheapestRewardUpwards() throws {
        let shop = try Shop()
        try on(shop, .rewardAvailable)
        _ = try shop.store.addReward(Reward(name: "Free cake", kind: .fixed(FixedReward(cost: 250, discount: .freeProduct(sku: "CAKE")))))
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "8")      // 80: below 100
        XCTAssertEqual(try outbox(shop), [])
        try shop.store.order("2", "zoe@example.com", "3")      // 110: crossed
        try shop.store.order("3", "zoe@example.com", "1")      // 120: still above, no news
        XCTAssertEqual(try outbox(shop).map(\.subject), ["You can redeem €5 off"])
        try shop.redeemFiveOff("zoe@example.com")               // 20
        try shop.store.gift("zoe@example.com", 80)                    // 100: crossed again
        XCTAssertEqual(try outbox(shop).count, 2)
    }

    func testRewardAvailableIsQuietWhenOff() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "20")
        XCTAssertEqual(try outbox(shop), [])
    }

    func testCouponIssuedCarriesTheCode() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "30")
        try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try outbox(shop), [], "inactive")
        try on(shop, .couponIssued)
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        let mail = try XCTUnwrap(outbox(shop).first)
        XCTAssertEqual(mail.subject, "Your coupon: \(coupon.code)")
        XCTAssertEqual(mail.body, "Hi Zoe,\n\nHere is your coupon for €5 off: \(coupon.code)\n")
        XCTAssertEqual(mail.eventKey, "coupon:\(coupon.code)")
    }

    func testARefusedEventQueuesNothing() throws {
        let shop = try Shop()
        try on(shop, .couponIssued)
        try shop.member("zoe@example.com")
        XCTAssertTrue(errorMessage { try shop.redeemFiveOff("zoe@example.com") }.contains("redeeming needs a positive balance"))
        XCTAssertEqual(try outbox(shop), [])
    }

    func testTierReachedIsQueuedWhenTheTierGoesUpNotDown() throws {
        let shop = try Shop()
        try on(shop, .tierReached)
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100))
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "5")
        try shop.store.order("2", "zoe@example.com", "6")       // 110: Silver
        try shop.store.order("3", "zoe@example.com", "6")       // still Silver
        XCTAssertEqual(try outbox(shop).map(\.subject), ["Welcome to Silver, Zoe"])
        shop.store.setClock(day(400))                            // out of the window: back to Base
        _ = try shop.store.runDailyJob()
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Base")
        XCTAssertEqual(try outbox(shop).count, 1)
    }

    func testTierReachedIsQuietWhenOff() throws {
        let shop = try Shop()
        _ = try shop.store.addTier(Tier(name: "Silver", threshold: 100))
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "11")
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").tierName, "Silver")
        XCTAssertEqual(try outbox(shop), [])
    }

    func testExpiryRemindersAreQueuedOncePerLotWithinFourteenDays() throws {
        let shop = try Shop(expiryMonths: 1)
        try shop.member("zoe@example.com")
        try shop.store.order("1", "zoe@example.com", "10")       // day 0, expires 2025-02-01 (day 31)
        shop.store.setClock(day(5))
        try shop.store.order("2", "zoe@example.com", "2")        // expires 2025-02-06 (day 36)
        shop.store.setClock(day(16))
        XCTAssertEqual(try shop.store.runDailyJob().reminders, 0, "inactive")
        try on(shop, .pointsExpiring)
        XCTAssertEqual(try shop.store.runDailyJob().reminders, 0, "17 days before: too early")
        shop.store.setClock(day(18))
        XCTAssertEqual(try shop.store.runDailyJob().reminders, 1)
        XCTAssertEqual(try shop.store.runDailyJob().reminders, 0, "once per lot")
        shop.store.setClock(day(23))
        XCTAssertEqual(try shop.store.runDailyJob().reminders, 1)
        XCTAssertEqual(try outbox(shop).map(\.subject), ["100 Stars expire on 1 February 2025", "20 Stars expire on 6 February 2025"])
        XCTAssertEqual(try outbox(shop).map(\.eventKey), ["lot:1", "lot:2"])
    }

    func testTheSameKeyNeverQueuesTwiceAndTheTextIsFixedAtQueueTime() throws {
        let shop = try Shop()
        try on(shop, .welcome)
        let zoe = try shop.member("zoe@example.com")
        try shop.store.write(.programme) { tx in
            XCTAssertFalse(try tx.queue(.welcome, member: zoe.id, key: "member:\(zoe.id)"))
            XCTAssertTrue(try tx.queue(.welcome, member: zoe.id, key: "again"))
        }
        _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë J", email: "zoe@example.com"))
        XCTAssertEqual(try outbox(shop).map(\.subject), ["Welcome to Café Zoë, Zoe!", "Welcome to Café Zoë, Zoe!"])
        try shop.assertConsistent()
    }

    func testFailedMessagesAreRetriedWithBackoffUpToTheLimit() throws {
        let shop = try Shop()
        try on(shop, .welcome)
        try shop.member("zoe@example.com")
        let policy = RetryPolicy(maxAttempts: 3, firstDelay: 300)
        var message = try XCTUnwrap(shop.store.claimNextMessage(after: 0, policy: policy))
        XCTAssertEqual(message.status, .sending)
        XCTAssertNil(try shop.store.claimNextMessage(after: 0, policy: policy), "a message being sent is nobody else's")
        try shop.store.markFailed(id: message.id, error: "exit status 75: connection refused")
        XCTAssertEqual(try shop.store.outboxMessage(id: message.id).lastError, "exit status 75: connection refused")
        XCTAssertNil(try shop.store.claimNextMessage(after: 0, policy: policy), "waits 5 minutes")
        shop.store.setClock(day(0).addingTimeInterval(300))
        message = try XCTUnwrap(shop.store.claimNextMessage(after: 0, policy: policy))
        XCTAssertEqual(message.attempts, 2)
        try shop.store.markFailed(id: message.id, error: "again")
        shop.store.setClock(day(0).addingTimeInterval(300 + 599))
        XCTAssertNil(try shop.store.claimNextMessage(after: 0, policy: policy), "then 10 minutes")
        shop.store.setClock(day(0).addingTimeInterval(300 + 600))
        message = try XCTUnwrap(shop.store.claimNextMessage(after: 0, policy: policy))
        try shop.store.markFailed(id: message.id, error: "third")
        shop.store.setClock(day(1))
        XCTAssertNil(try shop.store.claimNextMessage(after: 0, policy: policy), "three attempts were the limit")
        _ = try shop.store.requeueMessage(id: message.id)
        message = try XCTUnwrap(shop.store.claimNextMessage(after: 0, policy: policy), "queued again by hand")
        try shop.store.markSent(id: message.id)
        let sent = try shop.store.outboxMessage(id: message.id)
        XCTAssertEqual(sent.status, .sent)
        XCTAssertNil(sent.lastError)
        XCTAssertEqual(sent.attempts, 4)
        XCTAssertNil(try shop.store.claimNextMessage(after: 0, policy: RetryPolicy(ignoreBackoff: true)), "sent is never sent again")
        XCTAssertTrue(errorMessage { _ = try shop.store.requeueMessage(id: message.id) }.contains("only a failed message or one left in sending"))
        XCTAssertEqual(try shop.store.outboxCounts(), OutboxCounts(sent: 1))
    }
}
