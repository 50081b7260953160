import XCTest
@testable import LoyaltyStore

/// The digest by which opening a database tells the current schema without running the migrations.
final class SchemaDigestTests: XCTestCase {
    func testTheDigestOfTheCurrentSchemaIsTheOneTheStoreKnows() throws {
        let digest = SchemaCatalog.digest(try SchemaCatalog.expected(version: currentSchemaVersion))
        XCTAssertEqual(SchemaCatalog.currentSchemaDigest, digest,
                       "a migration was added: set SchemaCatalog.currentSchemaDigest (SchemaDigest.swift) to \"\(digest)\"")
    }

    func testASchemaThatDiffersInOneWordIsNotTakenForTheCurrentOne() throws {
        let db = try Connection(path: ":memory:")
        try migrate(db, from: 0, now: 0)
        XCTAssertTrue(SchemaCatalog.isCurrentSchema(try SchemaCatalog.objects(of: db)))
        try db.execute("CREATE INDEX members_by_phone_too ON members(phone)")
        XCTAssertFalse(SchemaCatalog.isCurrentSchema(try SchemaCatalog.objects(of: db)))
    }
}
