import Bidi
import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import XCTest

/// A member's activity words the reasons Loyalty wrote (an order, a redemption) in the operator's
/// language and keeps an operator's own reason as it was typed; in Hebrew a change keeps its sign
/// in front of its number.
final class ActivityReasonWordingTests: XCTestCase {
    private func activity(_ language: Language) throws -> DashboardDriver {
        let driver = try DashboardDriver.launchedShop(width: 120, height: 35, words: Localizer.shipped(language, zone: TimeZone(identifier: "UTC")!).0)
        try driver.store.record(EarningEvent(kind: .order, externalID: "977", email: "zoe@example.com", amount: Money(minorUnits: 1_000, currency: .euro)))
        _ = try driver.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        driver.press(.character("7"), .enter)
        return driver
    }

    func testDutchActivityReadsInDutch() throws {
        let screen = try activity(.dutch).screen
        XCTAssertTrue(screen.contains("Bestelling 977 (€\u{00A0}10,00)"), screen)
        XCTAssertTrue(screen.contains("€5 off: coupon "), screen)
        XCTAssertTrue(screen.contains("opening gift"), "the operator's own reason stays as typed: \(screen)")
        XCTAssertFalse(screen.contains("Order 977"), screen)
    }

    func testHebrewActivityReadsInHebrewWithItsSignsInFront() throws {
        let screen = try activity(.hebrew).screen
        let order = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("977") }.map(String.init), screen)
        XCTAssertTrue(order.contains(VisualOrder.string("הזמנה 977", paragraph: .rightToLeft)), order)
        XCTAssertTrue(order.contains("+100"), "the sign before the number, not 100+: \(order)")
        XCTAssertTrue(screen.contains("−100") || screen.contains("-100"), screen)
        XCTAssertFalse(screen.contains("100+") || screen.contains("100−"), screen)
    }
}
