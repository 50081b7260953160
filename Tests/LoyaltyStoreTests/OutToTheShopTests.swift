import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Coupon export, erasure, and backup / restore against a real SQLite database.
final class OutToTheShopTests: XCTestCase {
    private func exported(_ store: Store, all: Bool = false) throws -> [String] {
        var codes: [String] = []
        try store.exportCoupons(all: all, chunkSize: 2) { codes += $0.map(\.coupon.code) }
        return codes
    }

    func testEachIssuedCouponIsExportedOnceUnlessAll() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 500)
        let coupons = try (0..<3).map { _ in try shop.redeemFiveOff("zoe@example.com") }
        _ = try shop.store.useCoupon(code: coupons[2].code)

        XCTAssertEqual(try exported(shop.store), coupons[0...1].map(\.code), "only issued coupons, oldest first")
        XCTAssertEqual(try exported(shop.store), [], "a second export gives nothing new")
        let fourth = try shop.redeemFiveOff("zoe@example.com")
        XCTAssertEqual(try exported(shop.store), [fourth.code])
        XCTAssertEqual(try exported(shop.store, all: true), [coupons[0].code, coupons[1].code, fourth.code])
        XCTAssertNotNil(try shop.store.coupons(memberID: 1).first { $0.code == fourth.code }?.exported)
        try shop.assertConsistent()
    }

    func testAFailedExportMarksNothing() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100)
        let coupon = try shop.redeemFiveOff("zoe@example.com")
        struct DiskFull: Error {}
        XCTAssertThrowsError(try shop.store.exportCoupons({ _ in throw DiskFull() }))
        XCTAssertEqual(try exported(shop.store), [coupon.code])
    }

    func testErasureRemovesPersonalDataEverywhereAndKeepsEveryFigure() throws {
        let shop = try Shop()
        let referrer = try shop.member("ann@example.com")
        _ = try shop.store.addRule(EarningRule(kind: .referral, award: .fixed(50)))
        _ = try shop.store.addMember(MemberDetails(name: "Zoë Jansen", email: "Zoe.Jansen@example.com", phone: "+31 6 1234 5678", birthday: "1990-04-17"),
                                 referralCode: referrer.referralCode)
        try shop.store.order("1042", "zoe.jansen@example.com", "49.99")
        try shop.store.gift("zoe.jansen@example.com", 30, reason: "Sorry for the late cake, Zoë (call +31 6 1234 5678)")
        _ = try shop.redeemFiveOff("zoe.jansen@example.com")
        let before = try shop.store.statistics()
        let balances = try [referrer.id, 2].map { try shop.store.member(id: $0).balance }

        let erasure = try shop.store.erase(email: "ZOE.JANSEN@example.com")

        XCTAssertEqual(erasure.email, "erased-2@invalid")
        let row = try XCTUnwrap(shop.store.db.one("SELECT name, email, phone, birthday, erased_at FROM members WHERE id = 2") {
            [$0.text(0), $0.text(1), $0.optionalText(2) ?? "-", $0.optionalText(3) ?? "-", $0.optionalInt(4).map(String.init) ?? "-"]
        })
        XCTAssertEqual(Array(row[0...3]), ["Erased member 2", "erased-2@invalid", "-", "-"])
        XCTAssertNotEqual(row[4], "-")
        let everything = try shop.store.db.all("""
            SELECT reason FROM ledger UNION ALL SELECT payload FROM events UNION ALL SELECT name || email FROM members
            """) { $0.text(0).lowercased() }.joined(separator: "\n")
        for personal in ["zoë", "jansen", "zoe.jansen@example.com", "1234 5678", "1990-04-17"] {
            XCTAssertFalse(everything.contains(personal), "\(personal) is still stored")
        }
        XCTAssertTrue(everything.contains("referral: [erased] placed a first order"), everything)
        let data = try shop.store.personalData(email: "erased-2@invalid")
        XCTAssertNotNil(data.erased)
        XCTAssertEqual(data.orders.map(\.ref), ["1042"])

        let after = try shop.store.statistics()
        XCTAssertEqual([after.issued, after.redeemed, after.unredeemed, after.memberCount], [before.issued, before.redeemed, before.unredeemed, before.memberCount])
        XCTAssertEqual(try [referrer.id, 2].map { try shop.store.member(id: $0).balance }, balances)
        try shop.assertConsistent()
        XCTAssertEqual(errorMessage { _ = try shop.store.erase(email: "erased-2@invalid") }.hasPrefix("member 2 was already erased"), true)
        XCTAssertEqual(errorMessage { _ = try shop.store.erase(email: "nobody@example.com") }.hasPrefix("no member with e-mail nobody@example.com"), true)
        XCTAssertThrowsError(try shop.store.db.run("UPDATE ledger SET delta = 999 WHERE id IN (SELECT entry_id FROM ledger_redactions)"),
                             "a redacted entry's points still cannot change")
    }

    func testAnErasedPersonIsGoneFromTheDatabaseFilesBytes() throws {
        let path = try temporaryDirectory().appendingPathComponent("shop.db").path
        var store: Store? = try Store(path: path, actor: "owner")
        try store?.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars"))
        _ = try store?.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
        _ = try store?.addRule(EarningRule(kind: .referral, award: .fixed(50)))
        _ = try store?.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
        try store?.launch()
        for trigger in [EmailTrigger.welcome, .pointsEarned] { _ = try store?.setEmailActive(trigger, true) }
        for index in 0..<300 { _ = try store?.addMember(MemberDetails(name: "Customer \(index)", email: "c\(index)@example.com")) }
        let referrer = try XCTUnwrap(store?.member(email: "c7@example.com"))
        _ = try store?.addMember(MemberDetails(name: "Quintessa Vexlarion", email: "q.vexlarion@example.com", phone: "+31 6 9876 5432"),
                                 referralCode: referrer.referralCode)
        _ = try store?.updateMember(email: "q.vexlarion@example.com", MemberDetails(name: "Quintessa Vexlarion-Oduya ǯǯǯǯ", email: "quintessa@example.org",
                                                                                 phone: "+31 6 9876 5432"))
        _ = try store?.record(EarningEvent(kind: .order, externalID: "1042", email: "quintessa@example.org", amount: eur("49.99")))
        _ = try store?.give(email: "quintessa@example.org", points: 30, reason: "Sorry for the late cake, Quintessa")
        _ = try store?.erase(email: "quintessa@example.org")
        store = nil

        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let log = FileManager.default.contents(atPath: path + "-wal") { bytes += log }
        let text = String(decoding: bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        for personal in ["vexlarion", "quintessa", "oduya", "9876 5432"] {
            XCTAssertFalse(text.contains(personal), "\(personal) is still in the file's bytes")
        }
        XCTAssertFalse(text.contains("ǯǯǯ"), "the search index still holds pieces of the name")
        XCTAssertTrue(text.contains("customer 299"), "the search finds what is there")
    }

    func testAnErasedMembersCouponsAreNotExported() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 100)
        _ = try shop.redeemFiveOff("zoe@example.com")
        _ = try shop.store.erase(email: "zoe@example.com")
        XCTAssertEqual(try exported(shop.store, all: true), [])
    }

    // MARK: backup and restore

    private func fileShop(at path: String) throws -> Store {
        let store = try Store(path: path, actor: "tester")
        try store.updateProgram(ProgramUpdate(name: "Café Zoë"))
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
        _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
        try store.launch()
        return store
    }

    func testABackupTakenWhileAnotherConnectionWritesIsTheDatabaseAsItWasAndRestores() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("loyalty.db").path, copy = directory.appendingPathComponent("backup.db").path
        let store = try fileShop(at: path)
        for n in 0..<300 { try store.order("o\(n)", "m\(n)@example.com", "12.50") }
        try store.addUser(ProgramUser(name: "other", role: .staff))
        let writer = try Store(path: path, actor: "other")
        var steps = 0
        try store.backup(to: copy, pagesPerStep: 1) { _ in
            steps += 1
            try writer.order("late\(steps)", "late\(steps)@example.com", "20.00")   // another connection commits between steps
        }
        XCTAssertGreaterThan(steps, 5)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int, 0o600)
        XCTAssertFalse(FileManager.default.fileExists(atPath: PartialBackup.path(beside: copy)))

        let backup = try Store(path: copy, create: false, actor: "tester")
        XCTAssertEqual(try backup.statistics().memberCount, 300, "the copy is the database as the backup began")
        XCTAssertEqual(try backup.check(), [])
        XCTAssertEqual(try store.statistics().memberCount, 300 + Int64(steps))

        try writer.gift("m1@example.com", 1000)
        XCTAssertEqual(try Store.restore(from: copy, to: path), RestoreOutcome(version: currentSchemaVersion, damagedFileKeptAs: nil))
        XCTAssertEqual(try writer.member(email: "m1@example.com").balance, 120, "another open connection sees the restored data")
        XCTAssertEqual(try store.statistics().memberCount, 300)
        XCTAssertEqual(try store.check(), [])
        XCTAssertEqual(errorMessage { try store.backup(to: copy) }, "\(copy) exists already; choose a new file name for the backup (nothing was written)")
    }

    func testRestoreRefusesWhatIsNotAWholeLoyaltyDatabase() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("loyalty.db").path
        let store = try fileShop(at: path)
        try store.order("1", "zoe@example.com", "10.00")

        let text = directory.appendingPathComponent("notes.txt").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: text))
        XCTAssertTrue(errorMessage { try Store.restore(from: text, to: path) }.contains("is not a Loyalty backup"))

        let other = directory.appendingPathComponent("other.db").path
        try Connection(path: other).execute("CREATE TABLE notes(text TEXT)")
        XCTAssertTrue(errorMessage { try Store.restore(from: other, to: path) }.contains("is not a Loyalty database"))

        let newer = directory.appendingPathComponent("newer.db").path
        try store.backup(to: newer)
        try Connection(path: newer).execute("PRAGMA user_version = \(currentSchemaVersion + 1)")
        XCTAssertTrue(errorMessage { try Store.restore(from: newer, to: path) }.contains("written by a newer Loyalty"))
        XCTAssertTrue(errorMessage { try Store.restore(from: path, to: path) }.contains("is the database itself"))

        XCTAssertEqual(try store.balance("zoe@example.com"), 100, "nothing was restored")
        XCTAssertEqual(try store.check(), [])
    }

    func testErasingDeletesTheMembersEmailsFromTheOutbox() throws {
        let shop = try Shop()
        _ = try shop.store.setEmailActive(.welcome, true)
        try shop.member("zoe@example.com")
        XCTAssertEqual(try shop.store.db.scalar("SELECT count(*) FROM outbox WHERE to_address = 'zoe@example.com'"), 1, "the welcome e-mail was queued")
        _ = try shop.store.erase(email: "zoe@example.com")
        XCTAssertEqual(try shop.store.db.scalar("SELECT count(*) FROM outbox"), 0, "no address, name or body of hers is kept")
        try shop.assertConsistent()
    }
}
