import Foundation
import LoyaltyStore

// loyalty-bench: builds (or reuses) a demo database, times what a user of the dashboard and the CLI
// waits for, compares each query with the sqlite3 tool, and prints each figure against its target.
do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if options.buildOnly {
        try DemoDatabase.build(options)
        exit(0)
    }
    let sqliteVersion = SQLiteCLI(database: "")?.version ?? "missing"
    print("loyalty-bench: \(options.members) members; sqlite3 tool \(sqliteVersion); \(ProcessInfo.processInfo.activeProcessorCount) cores; load \(loadAverage())")
    let database = try DemoDatabase.prepare(options)
    if let seconds = database.buildSeconds { print(String(format: "Database built in %.1f s", seconds)) }
    var benchmark = try Benchmark(options: options, database: database)
    let verdicts = try benchmark.run()
    print("")
    print(benchmark.report.table())
    print("")
    if !options.importOnly {
        print("* a key press handled by the dashboard's reducer and the whole 100×30 screen rendered (no terminal output).")
        print("query ours / sqlite3: the mean of the bare store call against the sqlite3 tool running the same SQL (\(SQLiteCLI(database: "")?.version ?? "?")) on the same file.")
    }
    if let seconds = database.buildSeconds { print(String(format: "Database build: %.1f s.", seconds)) }
    for note in benchmark.report.notes { print("- " + note) }
    print("")
    print("Targets:")
    for verdict in verdicts { print("  " + verdict.text) }
    print("Load at the end: \(loadAverage())")
} catch {
    FileHandle.standardError.write("loyalty-bench: \(error)\n".data(using: .utf8)!)
    exit(error is BenchError ? 2 : 1)
}
