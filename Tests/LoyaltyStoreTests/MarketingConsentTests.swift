import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// A member who opted out of marketing e-mails never gets programme news: delivery holds it, with
/// the reason, however their consent changed since it was queued; their coupon e-mail still goes.
final class MarketingConsentTests: XCTestCase {
    private func shopWithMail() throws -> Shop {
        let shop = try Shop()
        for trigger in [EmailTrigger.welcome, .pointsEarned, .couponIssued] { _ = try shop.store.setEmailActive(trigger, true) }
        return shop
    }

    /// Claims every due message the way `mail send` does; the messages handed over, and how many were held.
    private func deliver(_ store: Store) throws -> (sent: [OutboxMessage], held: Int) {
        var sent: [OutboxMessage] = [], held = 0, lastID: Int64 = 0
        while true {
            let (message, heldNow) = try store.claimNextDeliverableMessage(after: lastID)
            held += heldNow
            guard let message else { return (sent, held) }
            try store.markSent(id: message.id)
            sent.append(message)
            lastID = message.id
        }
    }

    func testAnOptedOutMemberGetsTheirCouponButNoProgrammeNews() throws {
        let shop = try shopWithMail()
        let zoe = try shop.member("zoe@example.com")
        try shop.member("ana@example.com")
        try shop.store.order("1", "zoe@example.com", "20")
        try shop.redeemFiveOff("zoe@example.com")
        _ = try shop.store.updateMember(email: "zoe@example.com", zoe.details, acceptsMarketing: false)

        let (sent, held) = try deliver(shop.store)
        XCTAssertEqual(sent.map { "\($0.trigger.rawValue) \($0.toAddress)" }, ["welcome ana@example.com", "coupon_issued zoe@example.com"])
        XCTAssertEqual(held, 2)
        let kept = try shop.store.outbox(status: .held, limit: 10, oldestFirst: true)
        XCTAssertEqual(kept.map(\.trigger), [.welcome, .pointsEarned])
        XCTAssertEqual(kept.map(\.heldBecause), [.marketingOptOut, .marketingOptOut])
        XCTAssertEqual(kept.map(\.attempts), [0, 0], "holding is not an attempt to send")
        XCTAssertEqual(try shop.store.outboxCounts().held, 2)
        XCTAssertEqual(try deliver(shop.store).sent, [], "held messages stay held")
    }

    func testConsentGivenAgainLetsAHeldMessageBeSentWhenQueuedAgainByHand() throws {
        let shop = try shopWithMail()
        let zoe = try shop.member("zoe@example.com")
        _ = try shop.store.updateMember(email: "zoe@example.com", zoe.details, acceptsMarketing: false)
        XCTAssertEqual(try deliver(shop.store).held, 1)
        let welcome = try XCTUnwrap(try shop.store.outbox(status: .held, limit: 1).first)
        _ = try shop.store.updateMember(email: "zoe@example.com", zoe.details, acceptsMarketing: true)
        XCTAssertEqual(try shop.store.requeueMessage(id: welcome.id).status, .queued)
        XCTAssertEqual(try deliver(shop.store).sent.map(\.id), [welcome.id])
    }

    func testUnknownConsentIsMailedAsBefore() throws {
        let shop = try shopWithMail()
        XCTAssertNil(try shop.member("zoe@example.com").acceptsMarketing)
        XCTAssertEqual(try deliver(shop.store).sent.map(\.trigger), [.welcome])
    }

    func testChangingConsentIsAuditedOnlyWhenItChanges() throws {
        let shop = try Shop()
        let zoe = try shop.member("zoe@example.com")
        let saved = try shop.store.updateMember(email: "zoe@example.com", zoe.details, acceptsMarketing: false)
        XCTAssertEqual(saved.acceptsMarketing, false)
        _ = try shop.store.updateMember(email: "zoe@example.com", zoe.details, acceptsMarketing: false)
        let lines = try shop.store.auditEntries().filter { $0.action.hasPrefix("member.marketing") || $0.action == "member.edit" }
        XCTAssertEqual(lines.map { "\($0.action) \($0.before) → \($0.after)" }, ["member.marketing marketing: not known → marketing: no (opted out)"])
        XCTAssertEqual(try shop.store.member(email: "zoe@example.com").acceptsMarketing, false)
    }
}
