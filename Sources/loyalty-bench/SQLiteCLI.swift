import Foundation

/// The `sqlite3` command-line tool on the same database: the yardstick each query is compared with.
struct SQLiteCLI {
    let executable: String
    let database: String

    init?(database: String) {
        guard let executable = findProgram("sqlite3") else { return nil }
        self.executable = executable
        self.database = database
    }

    var version: String { (try? run(executable, ["-version"]))?.split(separator: " ").first.map(String.init) ?? "?" }

    /// The first column of the first row of `sql`.
    func scalar(_ sql: String) throws -> String {
        try run(executable, ["-batch", "-readonly", database, sql])
    }

    /// The mean time of one of `statements`, in milliseconds: the script of all of them (repeated
    /// `rounds` times, output to /dev/null) timed against the same number of `SELECT 1;`, so the
    /// tool's start-up and the opening of the database cancel out. The fastest of three runs counts.
    func meanMilliseconds(of statements: [String], rounds: Int) throws -> Double {
        let count = statements.count * rounds
        let work = try script(Array(repeating: statements, count: rounds).flatMap { $0 })
        let baseline = try script(Array(repeating: "SELECT 1;", count: count))
        defer {
            try? FileManager.default.removeItem(atPath: work)
            try? FileManager.default.removeItem(atPath: baseline)
        }
        func fastest(_ path: String) throws -> Double {
            var best = Double.infinity
            for _ in 0..<3 { best = min(best, try milliseconds { try run(executable, ["-batch", database], input: path, discardOutput: true) }) }
            return best
        }
        return max(0, try fastest(work) - fastest(baseline)) / Double(count)
    }

    private func script(_ statements: [String]) throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("loyalty-bench-\(getpid())-\(UUID().uuidString).sql")
        let text = ".output /dev/null\n" + statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// An SQL string literal.
func sqlLiteral(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
