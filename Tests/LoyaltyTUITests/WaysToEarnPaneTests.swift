import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

final class WaysToEarnPaneTests: XCTestCase {
    /// 10 Stars per 1.00 EUR on orders (capped), 50 for signing up, a paused custom action, and a December campaign on orders.
    private func rulesDriver(width: Int = 100, height: Int = 30) throws -> DashboardDriver {
        let driver = try DashboardDriver(width: width, height: height) { store in
            let order = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro)),
                                                      maxPerEvent: 500, maxPerMemberPerDay: 1000))
            _ = try store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
            _ = try store.addRule(EarningRule(kind: .custom, name: "Visit on a Tuesday", award: .fixed(5), active: false))
            _ = try store.addCampaign(Campaign(name: "Double December", multiplier: 200, starts: DashboardDriver.day(2025, 12, 1, in: store),
                                               ends: DashboardDriver.day(2026, 1, 1, in: store), ruleIDs: [order.id]))
        }
        driver.press(.character("3"))
        return driver
    }

    func testPrint() throws {
        print(try rulesDriver().screen)
        print(try rulesDriver(width: 60, height: 20).screen)
        let d = try DashboardDriver(width: 60, height: 20)
        d.press(.character("3"))
        print(d.screen)
    }
}
