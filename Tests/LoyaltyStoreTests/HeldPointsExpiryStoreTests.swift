import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Expiry switched on while members hold points, in a real database: the choice, the dates the
/// expiry job then uses, and `check` proving the result.
final class HeldPointsExpiryStoreTests: XCTestCase {
    /// Zoë earned 150 Stars on 2025-01-01, Ann 100 on 2025-10-28, Bob 30 on 2026-05-16; no expiry yet.
    /// The clock is left at 2026-08-24 (day 600).
    func shopWithHeldPoints() throws -> Shop {
        let shop = try Shop()
        for email in ["zoe@example.com", "ann@example.com", "bob@example.com"] { try shop.member(email) }
        try shop.store.order("1", "zoe@example.com", "15")
        shop.store.setClock(day(300))
        try shop.store.order("2", "ann@example.com", "10")
        shop.store.setClock(day(500))
        try shop.store.order("3", "bob@example.com", "3")
        shop.store.setClock(day(600))
        return shop
    }

    func testSwitchingExpiryOnWhilePointsAreHeldNeedsAChoiceAndChangesNothingWithout() throws {
        let shop = try shopWithHeldPoints()
        XCTAssertThrowsError(try shop.store.updateProgram(ProgramUpdate(name: "Renamed", expiryMonths: .some(12)))) { error in
            XCTAssertEqual(error as? LoyaltyError, .program(.expiryNeedsChoice(months: 12, points: 280, members: 3, pointsName: "Stars")))
        }
        XCTAssertEqual(try shop.store.program().name, "Café Zoë", "nothing of the change was saved")
        XCTAssertNil(try shop.store.program().expiryMonths)
        XCTAssertEqual(try shop.store.read { try $0.db.scalar("SELECT count(*) FROM lots WHERE expires_at IS NOT NULL") }, 0)
    }

    func testHeldPointsExpireTheMonthsAfterTheyWereEarnedButNotBeforeTheChange() throws {
        let shop = try shopWithHeldPoints()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12), expiryScope: .pointsHeld(graceUntil: nil)))
        let audit = try XCTUnwrap(shop.store.auditEntries(limit: 5).first { $0.action == "program.expiry" })
        XCTAssertTrue(audit.after.contains("applies to points held: 280 Stars held by 3 members expire 12 months after earning, none before 2026-08-24"), audit.after)

        // Ann earns again (this lot expires 2027-09-03) and spends 100: her held lot now expires
        // first (2026-10-28), so it is the one spent; `check` must replay that order.
        shop.store.setClock(day(610))
        try shop.store.order("4", "ann@example.com", "12")
        try shop.redeemFiveOff("ann@example.com")
        try shop.assertConsistent()

        XCTAssertEqual(try shop.store.expirePoints().points, 150, "Zoë's 12 months ended in January: her points expire at the next run, not retroactively")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        shop.store.setClock(day(665))                                  // 2026-10-28: Ann's first lot is spent, nothing left to expire
        XCTAssertEqual(try shop.store.expirePoints().points, 0)
        XCTAssertEqual(try shop.store.balance("ann@example.com"), 120)
        shop.store.setClock(day(864))                                  // 2027-05-15: Bob's not yet
        XCTAssertEqual(try shop.store.expirePoints().points, 0)
        shop.store.setClock(day(865))                                  // 2027-05-16: Bob's 30
        XCTAssertEqual(try shop.store.expirePoints().points, 30)
        XCTAssertEqual(try shop.store.balance("bob@example.com"), 0)
        shop.store.setClock(day(976))                                  // 2027-09-04: Ann's order of day 610
        XCTAssertEqual(try shop.store.expirePoints().points, 120)
        try shop.assertConsistent()
    }

    func testAGraceDateIsTheFirstDayHeldPointsExpire() throws {
        let shop = try shopWithHeldPoints()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12), expiryScope: .pointsHeld(graceUntil: day(730))))   // 2027-01-01
        shop.store.setClock(day(729))
        XCTAssertEqual(try shop.store.expirePoints().points, 0)
        shop.store.setClock(day(730))
        XCTAssertEqual(try shop.store.expirePoints().points, 250, "Zoë's and Ann's months are past by then; Bob's run to 2027-05-16")
        XCTAssertEqual(try shop.store.balance("bob@example.com"), 30)
        try shop.assertConsistent()
    }

    func testAGraceDateThatHasPassedIsRefused() throws {
        let shop = try shopWithHeldPoints()
        XCTAssertThrowsError(try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12), expiryScope: .pointsHeld(graceUntil: day(599))))) { error in
            XCTAssertEqual(error as? LoyaltyError, .program(.expiryGraceInThePast(day: "23 August 2026")))
        }
        XCTAssertNil(try shop.store.program().expiryMonths)
    }

    func testNewPointsOnlyLeavesHeldPointsNeverExpiring() throws {
        let shop = try shopWithHeldPoints()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12), expiryScope: .newPointsOnly))
        let audit = try XCTUnwrap(shop.store.auditEntries(limit: 5).first { $0.action == "program.expiry" })
        XCTAssertTrue(audit.after.contains("applies to points earned from now on; 280 Stars held by 3 members keep their expiry"), audit.after)
        try shop.store.order("4", "zoe@example.com", "2")             // 20, expires 2027-08-24
        shop.store.setClock(day(3650))
        XCTAssertEqual(try shop.store.expirePoints().points, 20, "only the points earned after the change expire")
        XCTAssertEqual([try shop.store.balance("zoe@example.com"), try shop.store.balance("ann@example.com"), try shop.store.balance("bob@example.com")],
                       [150, 100, 30])
        try shop.assertConsistent()
    }

    func testCheckFindsALotExpiryChangedOutsideTheRecordedChanges() throws {
        let shop = try shopWithHeldPoints()
        try shop.store.updateProgram(ProgramUpdate(expiryMonths: .some(12), expiryScope: .pointsHeld(graceUntil: nil)))
        try shop.store.write(.programme) { tx in try tx.db.run("UPDATE lots SET expires_at = expires_at + 86400 WHERE member_id = 2") }
        let problems = try shop.store.check()
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.contains("member 2 (ann@example.com): lot of entry") == true, "\(problems)")
    }
}
