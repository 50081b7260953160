import XCTest
import LoyaltyCore
import LoyaltyStore
import Terminal
@testable import LoyaltyTUI

final class OverviewPaneTests: XCTestCase {
    /// The launched shop with a flexible reward (for the liability) and one redemption today.
    private func shopWithARedemption(width: Int, height: Int) throws -> DashboardDriver {
        let shop = try DashboardDriver.launchedShop(width: width, height: height)
        _ = try shop.store.addReward(Reward(name: "Pay with Stars", kind: .flexible(FlexibleReward(points: 100, value: Money(minorUnits: 100, currency: .euro)))))
        _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        shop.press(.character("r"))
        return shop
    }

    func testOverviewAt100x30ShowsPointsDataPeopleLiabilityAndCharts() throws {
        let shop = try shopWithARedemption(width: 100, height: 30)
        XCTAssertEqual(shop.lines(0...11), """
             ★ Café Aurora · Stars  Active                                                      anna · :memory:
                                ┌─ Overview ───────────────────────────────────────────────────────────────────┐
             1 Overview         │ Given              − Redeemed         + Returned         − Expired           │
             2 Program          │ 460 ★              100 ★              0 ★                0 ★                 │
             3 Ways to earn     │ − Removed          − Reversed         = Unredeemed                           │
             4 Rewards          │ 0 ★                0 ★                360 ★                                  │
             5 Tiers            │ 3 people: 2 members · 1 visitor · 0 pending                                  │
             6 Emails           │ Liability €3.60 (unredeemed × value per point)                               │
             7 Members          │                                                                              │
             8 Review & launch  │ Issued per day, last 30 days                        Members per tier         │
             9 Pages preview    │ max 460                                             Base ██████████████████ 3│
             0 Audit log        │                              █                                               │
            """)
        XCTAssertEqual(shop.lines[18], "                    │ Redeemed per day                                                             │")
        XCTAssertEqual(shop.lines[19], "                    │ max 100                                                                      │")
        XCTAssertEqual(shop.lines[29], "q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command")
    }

    func testOverviewAt60x20KeepsTheFiguresAndBothCharts() throws {
        let shop = try shopWithARedemption(width: 60, height: 20)
        XCTAssertEqual(shop.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
             1 Overview   2 Program   3 Ways to earn   4 Rewards       ›
            ┌─ Overview ───────────────────────────────────────────────┐
            │ Given         − Redeemed    + Returned    − Expired      │
            │ 460 ★         100 ★         0 ★           0 ★            │
            │ − Removed     − Reversed    = Unredeemed                 │
            │ 0 ★           0 ★           360 ★                        │
            │ 3 people: 2 members · 1 visitor · 0 pending              │
            │ Liability €3.60 (unredeemed × value per point)           │
            │                                                          │
            │ Issued per day, last 30 days                             │
            │ max 460                                                  │
            │                              █                           │
            │ Redeemed per day                                         │
            │ max 100                                                  │
            │                              █                           │
            │                              █                           │
            └──────────────────────────────────────────────────────────┘
             Refreshed
            q/^C Quit  ?/F1 Help  Tab Next section  / Find member
            """)
    }

    func testFiguresFollowTheStoreAfterAChangeElsewhere() throws {
        let shop = try DashboardDriver.launchedShop()
        _ = try shop.store.give(email: "zoe@example.com", points: 1_000_000, reason: "big gift")
        shop.press(.character("r"))
        XCTAssertTrue(shop.lines[3].contains("1,000,460 ★"), shop.lines[3])
    }
}

/// The Overview shows every flow of points, so the figures on screen add up to the unredeemed
/// points, with the same definitions as `loyalty stats`.
final class OverviewFlowsTests: XCTestCase {
    func testTheFiguresOnScreenAddUpToTheUnredeemedPoints() throws {
        let shop = try DashboardDriver.launchedShop()
        let euro = { (minor: Int64) in Money(minorUnits: minor, currency: .euro) }
        _ = try shop.store.record(EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: euro(4_000)))   // earns 400
        _ = try shop.store.refund(RefundRequest(orderRef: "1042", refundID: "r1", amount: euro(1_000)))                           // takes back 100
        _ = try shop.store.remove(email: "yamada@example.jp", points: 30, reason: "Duplicate gift")
        let coupon = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        _ = try shop.store.voidCoupon(code: coupon.code)                                                                          // returns 100
        _ = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        shop.press(.character("r"))
        let screen = shop.lines(2...5)
        var figures: [String: Int64] = [:]
        for pair in [(2, 3), (4, 5)] {
            let labels = shop.lines[pair.0], values = shop.lines[pair.1]
            for label in ["Given", "− Redeemed", "+ Returned", "− Expired", "− Removed", "− Reversed", "= Unredeemed"] {
                guard let range = labels.range(of: " \(label) ") ?? labels.range(of: " \(label)│") else { continue }
                let column = labels.distance(from: labels.startIndex, to: range.lowerBound)
                let digits = values.dropFirst(column + 1).prefix { $0 != "★" }.filter(\.isNumber)
                figures[label] = Int64(String(digits))
            }
        }
        XCTAssertEqual(figures.count, 7, "every flow is on screen:\n\(screen)")
        let stats = try shop.store.statistics()
        XCTAssertEqual(figures["Given"], 460 + 400)
        XCTAssertEqual(figures["− Removed"], 30)
        XCTAssertEqual(figures["− Reversed"], 100)
        XCTAssertEqual(figures["+ Returned"], 100)
        XCTAssertEqual(figures["= Unredeemed"], stats.unredeemed)
        let sum = (figures["Given"] ?? 0) - (figures["− Redeemed"] ?? 0) + (figures["+ Returned"] ?? 0) - (figures["− Expired"] ?? 0)
            - (figures["− Removed"] ?? 0) - (figures["− Reversed"] ?? 0)
        XCTAssertEqual(sum, figures["= Unredeemed"], "the figures add up:\n\(screen)")
    }
}
