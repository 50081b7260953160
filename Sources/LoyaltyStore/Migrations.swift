import LoyaltyCore

/// A forward step of the schema. `PRAGMA user_version` records the last one applied.
struct Migration: Sendable {
    let version: Int64
    let apply: @Sendable (Connection, _ now: Int64) throws -> Void
}

/// Every schema version in order. Append new ones; never edit an applied one. Each is the literal
/// SQL (and rows) it applied, never built from today's Swift types: `Tests/Fixtures/schema/vN.sql`
/// pins the schema of every version, and `SchemaDumpTests` says how to add the dump of a new one.
let migrations: [Migration] = [
    Migration(version: 1) { db, now in
        try db.execute(schemaV1)
        try db.run("INSERT INTO program(id, updated_at) VALUES (1, ?)", [now])
        try db.run("INSERT INTO tiers(name, threshold, multiplier) VALUES ('Base', 0, 100)")
        for (trigger, subject, body) in schemaV1Emails {
            try db.run("INSERT INTO email_automations(trigger, subject, body, active) VALUES (?, ?, ?, 0)", [trigger, subject, body])
        }
    },
    Migration(version: 2) { db, _ in try db.execute(schemaV2) },
    migrationV3,
    migrationV4,
    migrationV5,
    migrationV6,
    migrationV7,
    migrationV8,
    migrationV9,
    migrationV10,
    migrationV11,
    migrationV12,
    migrationV13,
    migrationV14,
    migrationV15,
]

/// The schema version this build writes.
public let currentSchemaVersion: Int64 = migrations.last!.version

/// The schema version of the database `db` opened at `path`. Refuses one written by a newer
/// Loyalty, which this build cannot read safely, and anything that is not a Loyalty database (see
/// `requireLoyaltySchema`); called before anything is written to the file.
func knownSchemaVersion(_ db: Connection, path: String, mayCreate: Bool) throws -> Int64 {
    let found = try db.scalar("PRAGMA user_version")
    if found > currentSchemaVersion {
        throw LoyaltyError.database(.newerSchema(path: path, found: found, known: currentSchemaVersion))
    }
    try requireLoyaltySchema(db, path: path, version: found, mayCreate: mayCreate)
    return found
}

/// Brings the database from schema `found` up to `target` (normally `currentSchemaVersion`; tests
/// build databases of earlier versions), each step in its own transaction.
func migrate(_ db: Connection, from found: Int64, upTo target: Int64 = currentSchemaVersion, now: Int64) throws {
    for migration in migrations where migration.version > found && migration.version <= target {
        try db.execute("BEGIN IMMEDIATE")
        do {
            try migration.apply(db, now)
            try db.execute("PRAGMA user_version = \(migration.version)")
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }
}
