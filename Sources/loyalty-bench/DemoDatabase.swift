import Foundation
import LoyaltyStore

/// The demo database the benchmark runs on: built fresh (in a child process, timed) or reused.
struct DemoDatabase {
    let path: String
    /// Seconds the build took, nil when an existing database was reused.
    let buildSeconds: Double?

    /// Builds the database at `options.databasePath` unless `--reuse` was given and it exists.
    static func prepare(_ options: BenchOptions) throws -> DemoDatabase {
        let path = options.databasePath
        if options.reuse, FileManager.default.fileExists(atPath: path) {
            print("Reusing \(path)")
            return DemoDatabase(path: path, buildSeconds: nil)
        }
        print("Building \(path): \(options.members) members, \(options.orders.lowerBound)…\(options.orders.upperBound) orders each (in a child process)…")
        var arguments = ["--build-only", "--members", String(options.members), "--db", path, "--seed", String(options.seed)]
        arguments += ["--orders", "\(options.orders.lowerBound)...\(options.orders.upperBound)"]
        fflush(nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ownExecutable)
        process.arguments = arguments
        let seconds = try milliseconds {
            try process.run()
            process.waitUntilExit()
        } / 1_000
        guard process.terminationStatus == 0 else { throw BenchError.failed("building the demo database failed (exit \(process.terminationStatus))") }
        return DemoDatabase(path: path, buildSeconds: seconds)
    }

    /// The child process's work: a new demo database at `options.databasePath`.
    static func build(_ options: BenchOptions) throws {
        let path = options.databasePath
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        let store = try Store(path: path)
        let started = monotonicNanoseconds()
        let report = try store.buildDemo(DemoOptions(members: options.members, seed: options.seed, ordersPerMember: options.orders)) { done in
            guard done % 100_000 == 0 || done == options.members else { return }
            let seconds = Double(monotonicNanoseconds() - started) / 1e9
            FileHandle.standardError.write("  \(done) members written (\(String(format: "%.0f", seconds)) s)\n".data(using: .utf8)!)
        }
        print("  built \(report.members) members, \(report.entries) ledger entries, \(report.coupons) coupons; peak RSS of the build \(Int(peakRSSMegabytes())) MB")
    }
}
