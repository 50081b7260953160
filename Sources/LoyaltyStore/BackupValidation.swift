import LoyaltyCore

/// One thing a backup must prove before it may replace the database.
struct BackupCheck: Sendable {
    /// What is checked, e.g. "the exact schema of its version".
    let name: String
    /// Throws why the backup at `path`, of schema `version`, cannot be restored.
    let run: @Sendable (_ backup: Connection, _ path: String, _ version: Int64) throws -> Void
}

extension Store {
    /// What `restore` checks of a backup, in this order, after reading its schema version (a Loyalty
    /// database of version 1 … current); the first that fails refuses the restore and nothing is
    /// changed. A new check is one more line here.
    static let backupChecks: [BackupCheck] = [
        BackupCheck(name: "the exact schema of its version", run: requireExactSchema),
        BackupCheck(name: "SQLite's integrity check (pages, indexes, NOT NULL and CHECK constraints)", run: requireIntegrity),
        BackupCheck(name: "every reference points at a row that exists", run: requireForeignKeys),
        BackupCheck(name: "values that become file names stay inside their folder", run: requireSafeFileNames),
        BackupCheck(name: "no number beyond the limits", run: { backup, path, _ in try requireValuesWithinLimits(backup, path: path) }),
    ]

    /// The schema version of a backup, after every one of `backupChecks`; or an error saying why it
    /// is not a backup Loyalty can restore (the error ends "nothing was restored").
    static func validateBackup(_ source: Connection, path: String) throws -> Int64 {
        let version: Int64, tables: Set<String>
        do {
            version = try source.scalar("PRAGMA user_version")
            tables = Set(try source.all("SELECT name FROM sqlite_schema WHERE type = 'table'") { $0.text(0) })
        } catch let error as SQLiteError {
            throw LoyaltyError.backup(.unreadable(path: path, reason: error.message))
        }
        let required: Set = ["program", "members", "ledger", "lots", "coupons", "point_totals"]
        guard version >= 1, required.isSubset(of: tables) else {
            throw LoyaltyError.backup(.missingTables(path: path, version: version))
        }
        guard version <= currentSchemaVersion else {
            throw LoyaltyError.backup(.newerSchema(path: path, version: version, known: currentSchemaVersion))
        }
        for check in backupChecks {
            try check.run(source, path, version)
        }
        return version
    }

    /// Every table, column, constraint, index and trigger is the one Loyalty wrote at that version: a
    /// backup whose append-only triggers were dropped or changed would let later changes rewrite history.
    private static func requireExactSchema(_ source: Connection, path: String, version: Int64) throws {
        let differences = SchemaCatalog.differences(try SchemaCatalog.objects(of: source), from: try SchemaCatalog.expected(version: version))
        guard differences.isEmpty else {
            throw LoyaltyError.backup(.schemaDiffers(path: path, version: version, differences: differences))
        }
    }

    private static func requireIntegrity(_ source: Connection, path: String, version: Int64) throws {
        let problems = try source.all("PRAGMA integrity_check") { $0.text(0) }.filter { $0 != "ok" }
        guard problems.isEmpty else {
            throw LoyaltyError.backup(.damaged(path: path, problems: problems))
        }
    }

    private static func requireForeignKeys(_ source: Connection, path: String, version: Int64) throws {
        let problems = try source.all("PRAGMA foreign_key_check") { MissingReference(table: $0.text(0), row: $0.int(1), parent: $0.text(2)) }
        guard problems.isEmpty else {
            throw LoyaltyError.backup(.inconsistent(path: path, problems: problems))
        }
    }

    /// Page tokens name the members' pages (`page export`) and referral codes named them before, including
    /// the erased members' pages it deletes.
    private static func requireSafeFileNames(_ source: Connection, path: String, version: Int64) throws {
        let pageToken = version >= 6 ? "page_token" : "referral_code"
        try source.query("SELECT id, referral_code, \(pageToken) FROM members") { row in
            do {
                _ = try FileNamePart.checked(row.text(1), what: .referralCode(member: row.int(0)))
                _ = try FileNamePart.checked(row.text(2), what: .pageToken(member: row.int(0)))
            } catch let error as LoyaltyError {
                throw LoyaltyError.backup(.unsafeFileName(path: path, problem: error.sentence))
            }
        }
    }
}
