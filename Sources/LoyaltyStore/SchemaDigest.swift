import LoyaltyCore

extension SchemaCatalog {
    /// The SHA-256 (hex) of `dump(expected(version: currentSchemaVersion))`: lets a process tell a
    /// database of the current version by its schema's digest instead of building the expected
    /// schema from the migrations (`isCurrentSchema`). `SchemaDigestTests` checks it against the
    /// migrations and prints the new value when a migration is added; while it is stale, opening
    /// is only slower, never wrong (every database then takes the full comparison).
    static let currentSchemaDigest = "58b3c7c0b2d2fd85cadb74c05cc524ef3207cdc42abfb4bb24b22e8d9d761572"

    /// The hex SHA-256 of the schema `objects` as `dump` writes them.
    static func digest(_ objects: [SchemaObject]) -> String {
        let hex = Array("0123456789abcdef")
        return String(KeyedHash.sha256(Array(dump(objects).utf8)).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    /// Whether `found` is exactly the schema of the current version, by its digest.
    static func isCurrentSchema(_ found: [SchemaObject]) -> Bool {
        digest(found) == currentSchemaDigest
    }
}
