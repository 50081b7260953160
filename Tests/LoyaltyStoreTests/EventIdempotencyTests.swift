import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class EventIdempotencyTests: XCTestCase {
    func testTheSameOrderRecordedTwiceAwardsOnceAndReportsTheFirstResult() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        let first = try shop.store.order("1042", "zoe@example.com", "49.99")
        let second = try shop.store.record(EarningEvent(kind: .order, externalID: " 1042 ", email: "ZOE@example.com", amount: eur("49.99")))
        XCTAssertFalse(first.duplicate)
        XCTAssertTrue(second.duplicate)
        XCTAssertEqual(second.points, first.points)
        XCTAssertEqual(second.message, first.message)
        XCTAssertEqual(second.key, "order:1042")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 490)
        XCTAssertEqual(try shop.store.activity(memberID: first.memberID, limit: 10).count, 1)
        try shop.assertConsistent()
    }

    func testTheSameKeyWithADifferentPayloadIsAnErrorThatChangesNothing() throws {
        let shop = try Shop()
        try shop.store.order("1042", "zoe@example.com", "49.99")
        let statsBefore = try shop.store.statistics()
        for conflicting in [EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: eur("50.00")),
                            EarningEvent(kind: .order, externalID: "1042", email: "new@example.com", amount: eur("49.99"))] {
            XCTAssertThrowsError(try shop.store.record(conflicting)) { error in
                guard let refusal = error as? LoyaltyError, refusal.category == .conflict else { return XCTFail("\(error)") }
                let message = refusal.description
                XCTAssertTrue(message.contains("order:1042 was recorded before with different details"), message)
            }
        }
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 490)
        XCTAssertThrowsError(try shop.store.member(email: "new@example.com"), "no visitor was created by the refused event")
        XCTAssertEqual(try shop.store.statistics(), statsBefore)
        try shop.assertConsistent()
    }

    func testTheSameIdUnderAnotherKindIsADifferentEvent() throws {
        let shop = try Shop()
        _ = try shop.store.addRule(EarningRule(kind: .review, award: .fixed(5)))
        try shop.store.order("7", "zoe@example.com", "1")
        XCTAssertFalse(try shop.store.record(EarningEvent(kind: .review, externalID: "7", email: "zoe@example.com")).duplicate)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 15)
    }

    func testEventsNeedAnIdAndOrdersASubtotalInTheProgrammesCurrency() throws {
        let shop = try Shop()
        XCTAssertThrowsError(try shop.store.record(EarningEvent(kind: .order, externalID: "  ", email: "zoe@example.com", amount: eur("1"))))
        XCTAssertThrowsError(try shop.store.record(EarningEvent(kind: .order, externalID: "1", email: "zoe@example.com")))
        XCTAssertThrowsError(try shop.store.record(EarningEvent(kind: .order, externalID: "1", email: "zoe@example.com", amount: eur("-1"))))
        let dollars = Money(minorUnits: 500, currency: try Currency(code: "USD"))
        XCTAssertTrue(errorMessage { _ = try shop.store.record(EarningEvent(kind: .order, externalID: "1", email: "zoe@example.com", amount: dollars)) }
            .contains("nothing was recorded"))
        XCTAssertThrowsError(try shop.store.record(EarningEvent(kind: .order, externalID: "1", email: "not-an-email", amount: eur("1"))))
        XCTAssertThrowsError(try shop.store.record(EarningEvent(kind: .referral, externalID: "1", email: "zoe@example.com")))
        XCTAssertEqual(try shop.store.statistics().memberCount, 0)
    }

    func testAnEarningEntryCarriesTheEventKeyReasonAndActor() throws {
        let shop = try Shop()
        let outcome = try shop.store.order("1042", "zoe@example.com", "4.99")
        let entry = try XCTUnwrap(shop.store.activity(memberID: outcome.memberID, limit: 1).first)
        XCTAssertEqual(entry.kind, .earn)
        XCTAssertEqual(entry.delta, 40)
        XCTAssertEqual(entry.balanceAfter, 40)
        XCTAssertEqual(entry.eventKey, "order:1042")
        XCTAssertEqual(entry.reason, "Order 1042 (4.99 EUR)")
        XCTAssertEqual(entry.actor, "tester")
        XCTAssertEqual(entry.at, day(0))
    }
}
