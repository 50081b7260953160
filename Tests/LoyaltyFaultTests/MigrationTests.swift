import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// A database made by every earlier schema version (0 … current − 1, built by the frozen SQL of
/// `migrations`, so a version added later is covered without changing this test) and filled with that version's SQL
/// (`SchemaSeeds`) opens with the current store: it migrates, the data is intact, `check` passes
/// (in-process and `loyalty check`), and the programme works: an order counts once, points can
/// be given and a reward redeemed.
final class MigrationTests: XCTestCase {
    func testADatabaseOfEveryEarlierSchemaOpensMigratesAndWorks() throws {
        let earlier = [0] + migrations.map(\.version).filter { $0 < currentSchemaVersion }
        XCTAssertEqual(earlier.count, Int(currentSchemaVersion), "schema versions have no gaps")
        for version in earlier {
            let binary = try LoyaltyBinary()
            try makeDatabase(binary.database, at: version)
            // Schema 0 is an empty database, which only a command that creates one (init) may start.
            let store = try Store(path: binary.database, create: version == 0)
            let what = "a database of schema \(version)"
            XCTAssertEqual(try store.db.scalar("PRAGMA user_version"), currentSchemaVersion, what)
            XCTAssertEqual(try store.check(), [], what)
            XCTAssertEqual(try store.tiers().count, 1, what)
            XCTAssertEqual(try store.emailAutomations().count, EmailTrigger.allCases.count, what)
            if version >= 1 { try assertSeedIsIntact(store, version: version) }
            XCTAssertTrue(try binary.ok("check").hasPrefix("ok"), what)
        }
    }

    /// A database at `version`: each seed written while the database was at the seed's version (its
    /// SQL may not work at a later one: schema 9 refuses ledger entries without `occurred_at`), the
    /// migrations up to `version` run in between.
    private func makeDatabase(_ path: String, at version: Int64) throws {
        let db = try Connection(path: path)
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA foreign_keys = ON")
        var reached: Int64 = 0
        for (seedVersion, sql) in SchemaSeeds.byVersion.sorted(by: { $0.key < $1.key }) where seedVersion <= version {
            try migrate(db, from: reached, upTo: seedVersion, now: SchemaSeeds.day1)
            reached = seedVersion
            try db.execute("BEGIN; \(sql) COMMIT;")
        }
        try migrate(db, from: reached, upTo: version, now: SchemaSeeds.day1)
        XCTAssertEqual(try db.scalar("PRAGMA user_version"), version)
    }

    /// What each seed put in is still there after migrating, and the programme works on it.
    private func assertSeedIsIntact(_ store: Store, version: Int64) throws {
        let what = "a database of schema \(version)"
        let program = try store.program()
        XCTAssertEqual([program.name, program.pointsName, program.status.rawValue], ["Café Zoë", "Stars", "active"], what)
        let zoe = try store.member(email: "zoe@example.com"), yamada = try store.member(email: "yamada@example.jp")
        XCTAssertEqual([zoe.name, yamada.name], ["Zoë Jansen", "山田 太郎"], what)
        XCTAssertEqual([zoe.balance, zoe.earnedTotal, zoe.redeemedTotal, yamada.balance], [300, 400, 100, 50], what)
        XCTAssertEqual(try store.coupons(memberID: zoe.id).map(\.code), ["K7M2QXPAHR4T"], what)
        if version >= 2 {
            XCTAssertEqual(try store.outbox(memberID: zoe.id).map(\.subject), ["Your coupon"], what)
            XCTAssertEqual(try store.outbox(memberID: zoe.id).map(\.status), [.queued], what)
        }
        XCTAssertEqual([zoe.acceptsMarketing, yamada.acceptsMarketing], version >= 8 ? [true, false] : [nil, nil], "\(what): marketing consent")
        if version >= 8 { XCTAssertEqual(try store.read { try $0.db.scalar("SELECT member_id FROM shop_customers WHERE key = 'shopify:7001'") }, zoe.id, what) }
        if version >= 3 { XCTAssertEqual(try store.member(email: "erased-3@invalid").name, "Erased member 3", what) }
        XCTAssertEqual(try store.activity(memberID: zoe.id, limit: 10).map { [$0.at, $0.recorded] },
                       [[SchemaSeeds.day2, SchemaSeeds.day2], [SchemaSeeds.day1, SchemaSeeds.day1]].map { $0.map(Date.init(unixSeconds:)) },
                       "\(what): every entry happened when it was recorded")

        let again = try store.record(EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: Money(minorUnits: 4_000, currency: .euro)))
        XCTAssertTrue(again.duplicate, "\(what): order 1042 counted twice")
        XCTAssertEqual(try store.give(email: "yamada@example.jp", points: 25, reason: "After the upgrade").balanceAfter, 75, what)
        let coupon = try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: 1))
        XCTAssertEqual(coupon.points, 100, what)
        XCTAssertEqual(try store.member(email: "zoe@example.com").balance, 200, what)
        XCTAssertEqual(try store.check(), [], what)
    }
}
