import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Erasure leaves nothing of the person behind: not in the files while another process has the
/// database open, not in event keys, not after a restore of an older backup; and it scrubs only
/// the person's own details, never words they were renamed to afterwards.
final class ErasurePrivacyTests: XCTestCase {
    private let personal = ["vexlarion", "quintessa", "9876 5432"]

    /// A programme in a file with 200 customers and one person with an order, a gift and e-mails.
    private func fileShop(_ path: String) throws -> Store {
        let store = try Store(path: path, actor: "owner")
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars"))
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
        _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
        try store.launch()
        for trigger in [EmailTrigger.welcome, .pointsEarned] { _ = try store.setEmailActive(trigger, true) }
        for index in 0..<200 { _ = try store.addMember(MemberDetails(name: "Customer \(index)", email: "c\(index)@example.com")) }
        _ = try store.addMember(MemberDetails(name: "Quintessa Vexlarion", email: "quintessa@example.org", phone: "+31 6 9876 5432"))
        _ = try store.record(EarningEvent(kind: .order, externalID: "1042", email: "quintessa@example.org", amount: eur("49.99")))
        _ = try store.give(email: "quintessa@example.org", points: 30, reason: "Sorry for the late cake, Quintessa")
        return store
    }

    /// The database file's and its log's bytes, lowercased (ASCII), as one text.
    private func fileText(_ path: String) throws -> String {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let log = FileManager.default.contents(atPath: path + "-wal") { bytes += log }
        return String(decoding: bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    func testWithAnotherConnectionOpenTheErasedPersonIsGoneFromTheFilesAtOnce() throws {
        let path = try temporaryDirectory().appendingPathComponent("shop.db").path
        let store = try fileShop(path)
        let dashboard = try Store(path: path, actor: "owner")   // left open, as a dashboard is
        XCTAssertEqual(try dashboard.member(email: "quintessa@example.org").name, "Quintessa Vexlarion")

        let erasure = try store.erase(email: "quintessa@example.org")

        XCTAssertEqual(erasure.files, .clean)
        let text = try fileText(path)
        for word in personal { XCTAssertFalse(text.contains(word), "\(word) is still in the files while another connection is open") }
        XCTAssertTrue(text.contains("customer 199"))
        XCTAssertEqual(try dashboard.member(id: erasure.memberID).name, "Erased member \(erasure.memberID)")
    }

    func testAReaderHoldingAnOldSnapshotIsReportedAndThePersonGoesWhenTheLastConnectionCloses() throws {
        let path = try temporaryDirectory().appendingPathComponent("shop.db").path
        var store: Store? = try fileShop(path)
        let reader = try Connection(path: path, readOnly: true, create: false)
        try reader.execute("BEGIN")
        XCTAssertEqual(try reader.scalar("SELECT count(*) FROM members"), 201)   // holds this snapshot

        let erasure = try XCTUnwrap(store?.erase(email: "quintessa@example.org"))

        guard case .waitingForReaders(let logPages, _) = erasure.files else { return XCTFail("reported \(erasure.files)") }
        XCTAssertGreaterThan(logPages, 0)
        XCTAssertTrue(try fileText(path).contains("vexlarion"), "what the report says remains does remain")
        try reader.execute("COMMIT")
        store = nil
        _ = reader   // the last connection closes at the end of this test
    }

    func testAfterTheReaderFinishesTheLastConnectionToCloseRemovesTheRest() throws {
        let path = try temporaryDirectory().appendingPathComponent("shop.db").path
        do {
            let store = try fileShop(path)
            let reader = try Connection(path: path, readOnly: true, create: false)
            try reader.execute("BEGIN")
            _ = try reader.scalar("SELECT count(*) FROM members")
            _ = try store.erase(email: "quintessa@example.org")
            try reader.execute("COMMIT")
        }
        let text = try fileText(path)
        for word in personal { XCTAssertFalse(text.contains(word), "\(word) is still in the files after every connection closed") }
    }

    func testAnEventKeyHoldingTheEmailIsRedactedAndTheSameEventIsStillRecognised() throws {
        let shop = try Shop()
        _ = try shop.store.addRule(EarningRule(kind: .newsletter, award: .fixed(25)))
        try shop.member("zoe@example.com")
        let signup = EarningEvent(kind: .newsletter, externalID: "Zoe@Example.com", email: "zoe@example.com")
        XCTAssertEqual(try shop.store.record(signup).points, 25)
        try shop.store.order("woo:1042", "zoe@example.com", "10.00")

        let erasure = try shop.store.erase(email: "zoe@example.com")

        XCTAssertEqual(erasure.redactedKeys, 1)
        let keys = try shop.store.db.all("SELECT key FROM events UNION ALL SELECT event_key FROM ledger WHERE event_key IS NOT NULL") { $0.text(0) }
        XCTAssertFalse(keys.contains { $0.lowercased().contains("zoe@example.com") }, "\(keys)")
        XCTAssertTrue(keys.contains("order:woo:1042"), "keys without the address stay as they were: \(keys)")
        XCTAssertEqual(keys.filter { $0.hasPrefix("redacted:") }.count, 2, "the event and its ledger entry")
        let before = try shop.store.statistics()
        let again = try shop.store.record(signup)
        XCTAssertTrue(again.duplicate, "the same sign-up sent again is recognised")
        XCTAssertEqual(again.memberID, erasure.memberID)
        XCTAssertTrue(try shop.store.order("woo:1042", "zoe@example.com", "10.00").duplicate, "so is the same order")
        XCTAssertEqual(try shop.store.statistics(), before, "nothing was awarded again and nobody was added")
        XCTAssertTrue(errorMessage { try shop.store.order("woo:1042", "zoe@example.com", "99.00") }.contains("recorded before with different details"),
                      "the same key with another amount is still refused")
        XCTAssertThrowsError(try shop.store.db.run("UPDATE ledger SET event_key = 'x' WHERE event_key LIKE 'redacted:%'"),
                             "a redacted key cannot change again")
        try shop.assertConsistent()
    }

    func testRenamingBeforeErasingDoesNotScrubTheNewNameFromEarlierTexts() throws {
        let shop = try Shop()
        let ann = try shop.member("ann@example.com")
        _ = try shop.store.addRule(EarningRule(kind: .referral, award: .fixed(50)))
        _ = try shop.store.addMember(MemberDetails(name: "Zoë Jansen", email: "zoe@example.com"), referralCode: ann.referralCode)
        shop.store.setClock(day(1))
        try shop.store.order("1042", "zoe@example.com", "20.00")
        try shop.store.gift("zoe@example.com", 10, reason: "Sorry the Referral Gold mug broke, Zoë")
        shop.store.setClock(day(2))
        _ = try shop.store.updateMember(email: "zoe@example.com", MemberDetails(name: "Referral Gold Mug", email: "zoe@example.com"))
        shop.store.setClock(day(3))
        try shop.store.gift("zoe@example.com", 5, reason: "For Referral Gold Mug")
        shop.store.setClock(day(4))

        _ = try shop.store.erase(email: "zoe@example.com")

        let reasons = try shop.store.db.all("SELECT reason FROM ledger WHERE kind = 'give' OR event_key LIKE 'referral:%' ORDER BY id") { $0.text(0) }
        XCTAssertEqual(reasons, ["Referral: [erased] placed a first order", "Sorry the Referral Gold mug broke, [erased]", "For [erased]"])
        let audit = try shop.store.db.all("SELECT reason FROM audit_log WHERE action = 'points.give' ORDER BY id") { $0.text(0) }
        XCTAssertEqual(audit, ["Sorry the Referral Gold mug broke, [erased]", "For [erased]"])
        try shop.assertConsistent()
    }

    func testRestoringABackupMadeBeforeAnErasureErasesThePersonAgain() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("shop.db").path, backup = directory.appendingPathComponent("backup.db").path
        let store = try fileShop(path)
        try store.backup(to: backup)
        let balance = try store.member(email: "quintessa@example.org").balance
        let erasure = try store.erase(email: "quintessa@example.org")
        _ = try store.addMember(MemberDetails(name: "After", email: "after@example.com"))

        XCTAssertEqual(try Store.restore(from: backup, to: path).damagedFileKeptAs, nil)

        XCTAssertEqual(errorMessage { _ = try store.member(email: "quintessa@example.org") }.hasPrefix("no member with e-mail"), true)
        XCTAssertEqual(try store.member(id: erasure.memberID).name, "Erased member \(erasure.memberID)")
        XCTAssertEqual(try store.member(id: erasure.memberID).balance, balance, "their points history is back, anonymous")
        XCTAssertEqual(try store.check(), [])
        let text = try fileText(path)
        for word in personal { XCTAssertFalse(text.contains(word), "\(word) came back with the restore") }
        XCTAssertTrue(try fileText(backup).contains("vexlarion"), "the backup file itself still holds the person (member erase's help says so)")
    }

    func testAnotherProgrammesMemberWithTheSameIdIsNotErasedByARestore() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("shop.db").path, other = directory.appendingPathComponent("other.db").path
        let store = try fileShop(path)
        let erasure = try store.erase(email: "quintessa@example.org")
        let otherShop = try fileShop(other)
        _ = otherShop
        try Store.restore(from: other, to: path)
        XCTAssertEqual(try store.member(id: erasure.memberID).name, "Quintessa Vexlarion", "a different person (another referral code) is kept")
    }

    func testMigratingToSchema6GivesEveryMemberATokenAndRedactsKeysOfEarlierErasures() throws {
        let path = try temporaryDirectory().appendingPathComponent("v5.db").path
        do {
            let db = try Connection(path: path)
            try migrate(db, from: 0, upTo: 5, now: 1_735_689_600)
            try db.execute("""
                INSERT INTO members(id, name, email, status, referral_code, tier_id, joined_at, erased_at)
                    VALUES (1, 'Ann', 'ann@example.com', 'member', 'AAAAAAAA', 1, 0, NULL),
                           (2, 'Erased member 2', 'erased-2@invalid', 'member', 'BBBBBBBB', 1, 0, 100);
                INSERT INTO ledger(id, member_id, kind, delta, balance_after, reason, actor, created_at, event_key)
                    VALUES (1, 2, 'earn', 25, 25, 'Newsletter', 'shop', 50, 'newsletter:zoe@example.com'),
                           (2, 1, 'earn', 25, 25, 'Newsletter', 'shop', 50, 'newsletter:ann@example.com');
                INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at)
                    VALUES ('newsletter:zoe@example.com', 'newsletter', 2, 'email=erased-2@invalid;amount=-;action=-', 25, 'earned', 1, 50),
                           ('newsletter:ann@example.com', 'newsletter', 1, 'email=ann@example.com;amount=-;action=-', 25, 'earned', 2, 50);
                INSERT INTO lots(entry_id, member_id, amount, remaining) VALUES (1, 2, 25, 25), (2, 1, 25, 25);
                """)
        }
        let store = try Store(path: path, actor: "owner")
        let tokens = try store.db.all("SELECT page_token FROM members") { $0.text(0) }
        XCTAssertEqual(Set(tokens).count, 2)
        XCTAssertTrue(tokens.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) }, "\(tokens)")
        let keys = try store.db.all("SELECT key FROM events UNION ALL SELECT event_key FROM ledger") { $0.text(0) }
        XCTAssertEqual(keys.filter { $0.contains("zoe@") }, [], "the erased person's keys are redacted")
        XCTAssertEqual(keys.filter { $0 == "newsletter:ann@example.com" }.count, 2, "nobody else's")
        XCTAssertTrue(try store.record(EarningEvent(kind: .newsletter, externalID: "zoe@example.com", email: "zoe@example.com")).duplicate)
        XCTAssertEqual(try store.check(), [])
    }
}
