import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class MigrationAndFileTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "loyalty-tests-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    func testANewDatabaseFileIsPrivateInAPrivateDirectory() throws {
        let path = directory + "/data/loyalty/loyalty.db"
        let store = try Store(path: path, actor: "tester")
        _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        XCTAssertEqual(try permissions(path), 0o600)
        XCTAssertEqual(try permissions(directory + "/data/loyalty"), 0o700)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            XCTAssertEqual(try permissions(path + suffix), 0o600, suffix)
        }
        XCTAssertEqual(try store.db.one("PRAGMA journal_mode") { $0.text(0) }, "wal")
    }

    func testReopeningAFileDatabaseKeepsItsData() throws {
        let path = directory + "/loyalty.db"
        do {
            let store = try Store(path: path, actor: "tester")
            try store.updateProgram(ProgramUpdate(name: "Café Zoë"))
            _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
            _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
            try store.launch()
            _ = try store.record(EarningEvent(kind: .order, externalID: "1", email: "zoe@example.com", amount: eur("4.99")))
        }
        let reopened = try Store(path: path, create: false, actor: "tester")
        XCTAssertEqual(try reopened.program().name, "Café Zoë")
        XCTAssertEqual(try reopened.program().status, .active)
        XCTAssertEqual(try reopened.member(email: "zoe@example.com").balance, 40)
        XCTAssertTrue(try reopened.record(EarningEvent(kind: .order, externalID: "1", email: "zoe@example.com", amount: eur("4.99"))).duplicate)
        XCTAssertEqual(try reopened.check(), [])
        let readOnly = try Store(path: path, create: false, readOnly: true, actor: "tester")
        XCTAssertEqual(try readOnly.member(email: "zoe@example.com").balance, 40)
        XCTAssertThrowsError(try readOnly.give(email: "zoe@example.com", points: 1, reason: "r"))
    }

    func testANewDatabaseIsAtTheCurrentSchemaVersion() throws {
        let store = try Store(path: directory + "/loyalty.db", actor: "tester")
        XCTAssertEqual(try store.db.scalar("PRAGMA user_version"), currentSchemaVersion)
        XCTAssertGreaterThanOrEqual(currentSchemaVersion, 1)
        // migrating again is a no-op
        let again = try Store(path: directory + "/loyalty.db", actor: "tester")
        XCTAssertEqual(try again.tiers().count, 1)
        XCTAssertEqual(try again.emailAutomations().count, EmailTrigger.allCases.count)
    }

    func testADatabaseFromANewerLoyaltyIsRefusedWithAClearMessage() throws {
        let path = directory + "/loyalty.db"
        do {
            let store = try Store(path: path, actor: "tester")
            try store.db.execute("PRAGMA user_version = \(currentSchemaVersion + 1)")
        }
        let message = errorMessage { _ = try Store(path: path, actor: "tester") }
        XCTAssertEqual(message, "the database \(path) was written by a newer Loyalty (schema \(currentSchemaVersion + 1); this build knows up to \(currentSchemaVersion)): nothing was changed; upgrade loyalty to open it")
        XCTAssertTrue(errorMessage { _ = try Store(path: path, readOnly: true, actor: "tester") }.contains("schema \(currentSchemaVersion + 1)"))
    }

    func testOpeningAMissingDatabaseWithoutCreateIsRefusedAsNotFound() throws {
        let path = directory + "/missing.db"
        XCTAssertThrowsError(try Store(path: path, create: false, actor: "tester")) { error in
            XCTAssertEqual(error as? LoyaltyError, .database(.noDatabase(path: path)))
            XCTAssertEqual((error as? LoyaltyError)?.category, .notFound)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testAFileThatIsNotADatabaseIsRefused() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/notes.txt"
        try String(repeating: "not a database\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertTrue(errorMessage { _ = try Store(path: path, actor: "tester") }.contains("not a Loyalty database"))
    }

    func testTheDefaultPathFollowsTheEnvironment() {
        XCTAssertEqual(Store.defaultPath(environment: ["LOYALTY_DB": "/x/y.db", "XDG_DATA_HOME": "/data"]), "/x/y.db")
        XCTAssertEqual(Store.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/zoe"]), "/data/loyalty/loyalty.db")
        XCTAssertEqual(Store.defaultPath(environment: ["HOME": "/home/zoe"]), "/home/zoe/.local/share/loyalty/loyalty.db")
    }
}
