import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class DemoBuilderTests: XCTestCase {
    func testDemoIsLaunchedWithHistoryThatCheckProves() throws {
        let store = try Store.inMemory(actor: "anna")
        let report = try store.buildDemo(DemoOptions(members: 400, seed: 7))
        XCTAssertEqual(report.members, 400)
        XCTAssertGreaterThan(report.entries, 400)
        XCTAssertGreaterThan(report.coupons, 0)
        XCTAssertEqual(try store.program().status, .active)
        XCTAssertEqual(try store.program().pointsName, "Stars")
        XCTAssertEqual(try store.check(), [])
        let stats = try store.statistics()
        XCTAssertEqual(stats.memberCount, 400)
        XCTAssertEqual(stats.unredeemed, try store.db.scalar("SELECT sum(balance) FROM members"))
        XCTAssertGreaterThan(stats.redeemed, 0)
    }

    func testSameSeedBuildsTheSameDemo() throws {
        func fingerprint(_ seed: UInt64) throws -> [String] {
            let store = try Store.inMemory()
            _ = try store.buildDemo(DemoOptions(members: 50, seed: seed))
            return try store.members(limit: 50).map { "\($0.name) \($0.email) \($0.balance) \($0.tierName)" }
        }
        XCTAssertEqual(try fingerprint(3), try fingerprint(3))
        XCTAssertNotEqual(try fingerprint(3), try fingerprint(4))
    }

    func testDemoWorksWithOrdinaryOperationsAfterwards() throws {
        let store = try Store.inMemory()
        _ = try store.buildDemo(DemoOptions(members: 30, seed: 1))
        let member = try store.members(limit: 1)[0]
        _ = try store.give(email: member.email, points: 500, reason: "demo check")
        let again = try store.record(EarningEvent(kind: .order, externalID: "10001", email: try store.db.one("SELECT email FROM members m JOIN orders o ON o.member_id = m.id WHERE o.ref = '10001'") { $0.text(0) }!,
                                                  amount: Money(minorUnits: try store.db.scalar("SELECT paid FROM orders WHERE ref = '10001'"), currency: .euro)))
        XCTAssertTrue(again.duplicate, "an order the demo recorded is recognised when imported again")
        XCTAssertEqual(try store.check(), [])
    }

    func testDemoRefusesADatabaseInUse() throws {
        let store = try Store.inMemory()
        try store.updateProgram(ProgramUpdate(name: "Mine"))
        XCTAssertThrowsError(try store.buildDemo(DemoOptions(members: 5))) { error in
            XCTAssertTrue("\(error)".contains("new, empty database"))
        }
    }

    func testADemoStoppedMidwayLeavesTheDatabaseEmptyForTheNextOne() throws {
        let store = try Store.inMemory(actor: "anna")
        let pages = try store.db.scalar("PRAGMA page_count")
        try store.db.execute("PRAGMA max_page_count = \(pages + 40)")
        XCTAssertTrue(errorMessage { _ = try store.buildDemo(DemoOptions(members: 2_000)) }.contains("full"), "room for the programme, not for its members")
        XCTAssertEqual(try store.program().name, "", "no programme was left behind")
        XCTAssertEqual(try store.program().status, .draft)
        XCTAssertEqual(try store.rules().count, 0)
        XCTAssertEqual(try store.statistics().memberCount, 0)
        try store.db.execute("PRAGMA max_page_count = 1073741823")
        XCTAssertEqual(try store.buildDemo(DemoOptions(members: 50)).members, 50, "the next demo starts again")
        XCTAssertEqual(try store.check(), [])
    }
}
