import Foundation

/// The import measurement: the real `loyalty import woocommerce` binary (beside this one) on a copy
/// of the benchmark database, over a generated big-shop export (`WooOrderFile`), against two `sqlite3`
/// yardsticks in the same run: importing the same orders as plain rows (`.import` of a CSV into a
/// table with a primary key, in a new database with the same journal settings), and writing the rows
/// the import writes, set-based, on another copy of the database (`SameWritesScript`).
struct ImportBench {
    struct Result {
        let orders: Int
        let newVisitors: Int
        let refunds: Int
        let seconds: Double
        let sqliteSeconds: Double
        /// `sqlite3` writing the same rows set-based (`SameWritesScript`) on another copy.
        let sameWritesSeconds: Double
        /// The import process's peak resident memory (wait4's ru_maxrss).
        let peakMegabytes: Double
        /// What the import printed (`--json`), and what `loyalty check` said afterwards (nil when not run).
        let summary: String
        let check: String?
        /// Seconds `loyalty check` took on the imported copy (nil when not run).
        let checkSeconds: Double?
        let loadBefore: String
        let loadAfter: String

        var ordersPerSecond: Double { Double(orders) / seconds }
        var sameWritesPerSecond: Double { Double(orders) / sameWritesSeconds }
        var sqliteRowsPerSecond: Double { Double(orders) / sqliteSeconds }
    }

    let loyalty: String
    let sqlite: String

    /// nil when the `loyalty` binary beside this one or the `sqlite3` tool is missing.
    init?() {
        let sibling = ((ownExecutable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("loyalty")
        guard FileManager.default.isExecutableFile(atPath: sibling), let sqlite = findProgram("sqlite3") else { return nil }
        loyalty = sibling
        self.sqlite = sqlite
    }

    /// Imports `orders` generated orders into a copy of `database` (left unchanged), then times the
    /// `sqlite3` yardstick; with `check`, runs `loyalty check` on the copy afterwards.
    func measure(database: String, orders: Int, seed: UInt64, dated: Bool, check: Bool) throws -> Result {
        let directory = (database as NSString).deletingLastPathComponent
        var file = WooOrderFile(orders: orders, directory: directory, dated: dated)
        defer { file.remove() }
        print("  writing \(orders) WooCommerce orders (JSON-lines, \(dated ? "dated, in shuffled order" : "undated")) for the database's members…")
        fflush(nil)
        try file.write(database: database, seed: seed)
        let copy = database + ".import-copy"
        defer { removeDatabase(copy) }
        print("  copying the database (the import changes the copy only)…")
        fflush(nil)
        try copyDatabase(database, to: copy)

        let output = copy + ".out", errors = copy + ".err"
        defer { for path in [output, errors] { try? FileManager.default.removeItem(atPath: path) } }
        let loadBefore = loadAverage()
        print("  loyalty import woocommerce (load \(loadBefore))…")
        fflush(nil)
        var outcome: (status: Int32, peakMegabytes: Double) = (0, 0)
        let seconds = try milliseconds {
            outcome = try spawnMeasured(loyalty, ["--db", copy, "import", "woocommerce", file.json, "--json"], stdout: output, stderr: errors)
        } / 1_000
        let loadAfter = loadAverage()
        let summary = (try? String(contentsOfFile: output, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard outcome.status == 0 else {
            throw BenchError.failed("loyalty import failed (exit \(outcome.status)): \((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")")
        }
        var checked: String?, checkSeconds: Double?
        if check {
            print("  loyalty check on the imported copy…")
            fflush(nil)
            checkSeconds = milliseconds { checked = (try? run(loyalty, ["--db", copy, "check"])) ?? "failed" } / 1_000
        }

        print("  sqlite3 .import of the same orders as rows…")
        fflush(nil)
        let sqliteSeconds = try timeSQLiteImport(csv: file.csv, directory: directory)
        print("  sqlite3 writing the same rows set-based, on another copy…")
        fflush(nil)
        try copyDatabase(database, to: copy)
        let script = copy + ".sql"
        defer { try? FileManager.default.removeItem(atPath: script) }
        try SameWritesScript.sql(csv: file.csv).write(toFile: script, atomically: true, encoding: .utf8)
        let sameWritesSeconds = try milliseconds { _ = try run(sqlite, ["-bail", copy], input: script) } / 1_000
        return Result(orders: orders, newVisitors: file.newVisitors, refunds: file.refunds, seconds: seconds, sqliteSeconds: sqliteSeconds,
                      sameWritesSeconds: sameWritesSeconds,
                      peakMegabytes: outcome.peakMegabytes, summary: summary, check: checked, checkSeconds: checkSeconds, loadBefore: loadBefore, loadAfter: loadAfter)
    }

    /// `.import` of the CSV into `orders(ref TEXT PRIMARY KEY, …)` of a new database in WAL mode with
    /// `synchronous = FULL`, as the store opens its own; the seconds the `sqlite3` process took.
    private func timeSQLiteImport(csv: String, directory: String) throws -> Double {
        let raw = (directory as NSString).appendingPathComponent("loyalty-bench-rows-\(getpid()).db")
        removeDatabase(raw)
        defer { removeDatabase(raw) }
        try run(sqlite, [raw, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE orders(ref TEXT PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, paid INTEGER NOT NULL,
                                earned INTEGER NOT NULL, created_at INTEGER NOT NULL) STRICT, WITHOUT ROWID;
            """])
        return try milliseconds {
            try run(sqlite, ["-cmd", "PRAGMA synchronous = FULL", raw, ".mode csv", ".import \(csv) orders"])
        } / 1_000
    }

    /// The database file and its write-ahead log (the part not yet checkpointed), copied.
    private func copyDatabase(_ path: String, to copy: String) throws {
        removeDatabase(copy)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
        }
    }

    private func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
