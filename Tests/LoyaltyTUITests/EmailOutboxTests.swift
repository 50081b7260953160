import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

final class EmailOutboxTests: XCTestCase {
    func testTheEmailsSectionShowsTheOutboxCountsAndTheNewestMessages() throws {
        let driver = try DashboardDriver.launchedShop(width: 100, height: 24)
        let store = driver.store
        _ = try store.setEmailActive(.pointsEarned, true)
        _ = try store.setEmailActive(.welcome, true)
        _ = try store.record(EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: Money(minorUnits: 1250, currency: .euro)))
        _ = try store.addMember(MemberDetails(name: "Ann de Vries", email: "ann@example.com"))
        let first = try XCTUnwrap(store.claimNextMessage(after: 0))
        try store.markFailed(id: first.id, error: "exit status 75: connection refused")
        let second = try XCTUnwrap(store.claimNextMessage(after: first.id))
        try store.markSent(id: second.id)
        _ = try store.record(EarningEvent(kind: .order, externalID: "1043", email: "zoe@example.com", amount: Money(minorUnits: 300, currency: .euro)))
        try driver.dashboard.reload()   // as after any change the dashboard makes or sees
        driver.press(.character("6"))
        XCTAssertEqual(driver.lines(13...18), """
                                │ Outbox: 1 queued · 1 sent · 1 failed   (loyalty mail send delivers it)       │
                                │To              Subject                     Status Error                      │
                                │zoe@example.com You earned 30 Stars         queued                            │
                                │ann@example.com Welcome to Café Aurora, An… sent                              │
                                │zoe@example.com You earned 120 Stars        failed exit status 75: connection…│
                                │                                                                              │
            """)
    }

    func testAMessageHeldForAnOptedOutMemberIsCountedAndSaysWhy() throws {
        let driver = try DashboardDriver.launchedShop(width: 100, height: 24)
        let store = driver.store
        _ = try store.setEmailActive(.welcome, true)
        let ann = try store.addMember(MemberDetails(name: "Ann de Vries", email: "ann@example.com"))
        _ = try store.updateMember(email: ann.email, ann.details, acceptsMarketing: false)
        XCTAssertNil(try store.claimNextDeliverableMessage(after: 0).message)
        try driver.dashboard.reload()
        driver.press(.character("6"))
        XCTAssertEqual(driver.lines(13...15), """
                                │ Outbox: 0 queued · 0 sent · 0 failed · 1 held   (loyalty mail send delivers …│
                                │To              Subject                     Status Error                      │
                                │ann@example.com Welcome to Café Aurora, An… held   the member opted out of ma…│
            """)
    }
}
