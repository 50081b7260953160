import LoyaltyCore
import XCTest

/// Reasons Loyalty wrote are read back into their parts, to be worded in the operator's language;
/// an operator's own words are left as they were typed.
final class EntryReasonTests: XCTestCase {
    private func entry(_ kind: EntryKind, _ reason: String, key: String? = nil) -> LedgerEntry {
        LedgerEntry(id: 1, memberID: 7, kind: kind, delta: kind == .earn ? 40 : -40, balanceAfter: 40, reason: reason, actor: "anna",
                    at: Date(timeIntervalSince1970: 0), eventKey: key)
    }

    func testEarningsAreReadByTheirEventKey() {
        XCTAssertEqual(EntryReason(entry(.earn, "Order 1042 (49.99 EUR)", key: "order:1042")),
                       .order(id: "1042", amount: Money(minorUnits: 4_999, currency: .euro)))
        XCTAssertEqual(EntryReason(entry(.earn, "Order woo:7", key: "order:woo:7")), .order(id: "woo:7", amount: nil))
        XCTAssertEqual(EntryReason(entry(.earn, "Signed up", key: "signup:7")), .signedUp)
        XCTAssertEqual(EntryReason(entry(.earn, "Referral: Zoë Jansen placed a first order", key: "referral:8")), .referral(name: "Zoë Jansen"))
        XCTAssertEqual(EntryReason(entry(.earn, "Write a review (r-17)", key: "review:r-17")), .earned(.review, id: "r-17"))
        XCTAssertEqual(EntryReason(entry(.earn, "Visit the shop (v1)", key: "custom:v1")), .customAction(action: "Visit the shop", id: "v1"))
    }

    func testRedemptionsRefundsVoidsAndExpiriesAreReadByTheirShape() {
        XCTAssertEqual(EntryReason(entry(.redeem, "€5 off: coupon K7M2-PQ4X")), .redeemed(reward: "€5 off", coupon: "K7M2-PQ4X"))
        XCTAssertEqual(EntryReason(entry(.reverse, "Refund of order 1042")), .refund(order: "1042"))
        XCTAssertEqual(EntryReason(entry(.reverse, "Refund of order 1042: points spent returned (coupon ZOE-5OFF)")),
                       .refundReturned(order: "1042", coupon: "ZOE-5OFF"))
        XCTAssertEqual(EntryReason(entry(.reverse, "Coupon ZOE-5OFF voided: points returned")), .couponVoided(coupon: "ZOE-5OFF"))
        XCTAssertEqual(EntryReason(entry(.expire, "Points earned 2025-01-01 expired")), .expired(day: "2025-01-01"))
    }

    func testAnOperatorsReasonIsShownAsTyped() {
        // Even when it reads like one of Loyalty's own: points given by hand carry the operator's words.
        XCTAssertEqual(EntryReason(entry(.give, "Order 1042 (49.99 EUR)")), .typed("Order 1042 (49.99 EUR)"))
        XCTAssertNil(EntryReason(entry(.set, "stocktake")).sentence)
        // A reason of no known shape (one written by an older version) stays as it is.
        XCTAssertEqual(EntryReason(entry(.earn, "Bonus for the 1000th order", key: "order:1000")), .typed("Bonus for the 1000th order"))
    }

    func testTheEnglishWordingIsTheStoredOneExceptForMoney() {
        XCTAssertEqual(EntryReason(entry(.earn, "Signed up", key: "signup:7")).sentence?.english, "Signed up")
        XCTAssertEqual(EntryReason(entry(.expire, "Points earned 2025-01-01 expired")).sentence?.english, "Points earned 2025-01-01 expired")
        XCTAssertEqual(EntryReason(entry(.redeem, "€5 off: coupon K7M2")).sentence?.english, "€5 off: coupon K7M2")
    }
}
