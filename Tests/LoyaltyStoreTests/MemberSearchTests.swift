import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Finding members by a piece of their name or e-mail (the trigram index of schema version 5).
final class MemberSearchTests: XCTestCase {
    private func shop(_ people: [(name: String, email: String)]) throws -> Shop {
        let shop = try Shop()
        for person in people { _ = try shop.store.addMember(MemberDetails(name: person.name, email: person.email)) }
        return shop
    }

    private func names(_ shop: Shop, _ text: String, limit: Int = 50) throws -> [String] {
        try shop.store.searchMembers(text, limit: limit).map(\.name)
    }

    func testThreeCharactersOrMoreFindTextInsideANameOrAnEmail() throws {
        let shop = try shop([("Joanna Smith", "jo@example.com"), ("Piet Berg", "piet@bakkerij.nl"), ("Zoë Jansen", "zoe@example.org")])
        XCTAssertEqual(try names(shop, "mit"), ["Joanna Smith"], "the middle of a name")
        XCTAssertEqual(try names(shop, "akker"), ["Piet Berg"], "the middle of an e-mail")
        XCTAssertEqual(try names(shop, "ZOË JAN"), ["Zoë Jansen"], "any letter case, across the space")
        XCTAssertEqual(try names(shop, "example"), ["Joanna Smith", "Zoë Jansen"])
        XCTAssertEqual(try names(shop, "smithy"), [])
    }

    func testOneOrTwoCharactersFindOnlyTheStart() throws {
        let shop = try shop([("Joanna Smith", "jo@example.com"), ("Anna Berg", "anna@example.com")])
        XCTAssertEqual(try names(shop, "an"), ["Anna Berg"])
        XCTAssertEqual(try names(shop, "ann"), ["Anna Berg", "Joanna Smith"])
    }

    func testMembersWhoseNameOrEmailStartsWithTheTextComeFirst() throws {
        let shop = try shop([("Hanna Lee", "hl@example.com"), ("Zed Smith", "anna.z@example.com"), ("Bob Anna", "bob@example.com")])
        XCTAssertEqual(try names(shop, "anna"), ["Zed Smith", "Bob Anna", "Hanna Lee"], "e-mail starts with it, then name order of the rest")
        XCTAssertEqual(try names(shop, "anna", limit: 1), ["Zed Smith"])
    }

    func testAnEditedMemberIsFoundByTheNewNameAndEmailOnly() throws {
        let shop = try shop([("Joanna Smith", "joanna@example.com")])
        _ = try shop.store.updateMember(email: "joanna@example.com", MemberDetails(name: "Joanna de Vries", email: "devries@mail.nl"))
        XCTAssertEqual(try names(shop, "Vries"), ["Joanna de Vries"])
        XCTAssertEqual(try names(shop, "ail.n"), ["Joanna de Vries"])
        XCTAssertEqual(try names(shop, "Smith"), [], "the old name")
        XCTAssertEqual(try names(shop, "anna@exa"), [], "the old e-mail")
    }

    func testAnErasedMemberIsNotFoundByTheirOldNameOrEmail() throws {
        let shop = try shop([("Zoë Jansen", "zoe.jansen@example.com"), ("Jan Jansen", "jan@example.com")])
        let erasure = try shop.store.erase(email: "zoe.jansen@example.com")
        XCTAssertEqual(try names(shop, "Zoë"), [])
        XCTAssertEqual(try names(shop, "oë Jans"), [])
        XCTAssertEqual(try names(shop, "e.jansen"), [])
        XCTAssertEqual(try names(shop, "Jansen"), ["Jan Jansen"])
        XCTAssertEqual(try names(shop, "rased member"), [erasure.name], "found only under the anonymous name")
    }

    func testQuotesWildcardsAndQuerySyntaxAreMatchedLiterally() throws {
        let shop = try shop([("Rock OR Roll", "rock@example.com"), ("NEAR(Me)", "near@example.com"), ("Star*Light", "star@example.com"),
                             ("Sinéad O'Brien \"Shay\"", "shay@example.com"), ("100% Fan_Club", "fan@example.com")])
        let expected: [(String, [String])] = [
            ("k OR R", ["Rock OR Roll"]), ("NEAR(", ["NEAR(Me)"]), ("r*L", ["Star*Light"]), ("O'Bri", ["Sinéad O'Brien \"Shay\""]),
            ("\"Shay\"", ["Sinéad O'Brien \"Shay\""]), ("0% F", ["100% Fan_Club"]), ("n_C", ["100% Fan_Club"]),
            ("'; DROP TABLE members; --", []), ("\"\"\"", []), ("***", []), ("OR OR", []), ("NEAR(a b)", []), ("%_%", []),
            ("a\" OR \"b", []), ("^Roc", []), ("{name}: Rock", []), ("-Roll", []),
        ]
        for (query, found) in expected {
            XCTAssertEqual(try names(shop, query), found, query)
        }
        XCTAssertEqual(try shop.store.statistics().memberCount, 5, "the members table is still there")
    }

    func testMembersFromBeforeTheSearchIndexAreFoundAfterTheMigration() throws {
        let path = NSTemporaryDirectory() + "loyalty-search-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let db = try Connection(path: path)
            for migration in migrations where migration.version <= 3 { try migration.apply(db, 1_700_000_000) }
            try db.execute("PRAGMA user_version = 3")
            try db.run("""
                INSERT INTO members(name, email, status, referral_code, tier_id, joined_at)
                VALUES ('Joanna Smith', 'jo@bakkerij.nl', 'member', 'ABCDEFGH', 1, 1700000000)
                """)
        }
        let store = try Store(path: path, actor: "tester")
        XCTAssertEqual(try store.searchMembers("mit", limit: 10).map(\.name), ["Joanna Smith"])
        XCTAssertEqual(try store.searchMembers("akker", limit: 10).map(\.name), ["Joanna Smith"])
    }

    func testDemoMembersAreFoundByAPieceOfTheirEmailAndNewMembersAfterwards() throws {
        let store = try Store.inMemory(actor: "tester")
        _ = try store.buildDemo(DemoOptions(members: 200, seed: 5))
        for member in try store.members(limit: 200) where member.id % 20 == 0 {
            let piece = String(member.email.dropFirst(2).prefix(5))
            XCTAssertTrue(try store.searchMembers(piece, limit: 200).contains { $0.id == member.id }, "\(piece) in \(member.email)")
        }
        _ = try store.addMember(MemberDetails(name: "Joanna Smith", email: "jo@bakkerij.nl"))
        XCTAssertEqual(try store.searchMembers("akkerij", limit: 10).map(\.name), ["Joanna Smith"])
        XCTAssertEqual(try store.check(), [])
    }
}
