import Foundation
import ImportTestSupport
import XCTest

/// What one run of the `loyalty` binary printed and how it exited.
struct RunResult {
    let status: Int32
    let out: String
    let err: String
}

/// Runs the real built `loyalty` binary against a fresh database in a temporary directory.
final class CLIRunner {
    let directory: URL
    var database: String { directory.appendingPathComponent("loyalty.db").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The binary SwiftPM built next to the test bundle.
    static let binary: URL = {
        let bundle = Bundle(for: CLIRunner.self).bundleURL
        let candidates = [bundle.appendingPathComponent("loyalty"), bundle.deletingLastPathComponent().appendingPathComponent("loyalty")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }()

    /// Runs `loyalty --db <temp db> arguments…`.
    @discardableResult
    func run(_ arguments: String...) throws -> RunResult { try runRaw(["--db", database] + arguments) }

    /// Runs `loyalty arguments…` with nothing added, in English unless `environment` sets the locale.
    func runRaw(_ arguments: [String], environment overrides: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = englishEnvironment()
        environment["LOYALTY_DB"] = nil
        environment["XDG_DATA_HOME"] = directory.path
        environment.merge(overrides) { $1 }
        process.environment = environment
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         out: try String(contentsOf: outURL, encoding: .utf8), err: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Runs a command that must succeed and returns its stdout.
    @discardableResult
    func ok(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try runRaw(["--db", database] + arguments)
        XCTAssertEqual(result.status, 0, "loyalty \(arguments.joined(separator: " ")) failed: \(result.err)", file: file, line: line)
        return result.out
    }

    /// A JSON document a command printed.
    func json(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        let result = try runRaw(["--db", database] + arguments + ["--json"])
        XCTAssertEqual(result.status, 0, "loyalty \(arguments.joined(separator: " ")) --json failed: \(result.err)", file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    }

    /// A launched programme: 10 Stars per 1.00 EUR on orders, a €5-off reward for 100 Stars, and member Zoë.
    static func launched() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.ok("init", "--name", "Café Zoë", "--points-name", "Stars")
        try cli.ok("rule", "add", "order", "--points", "10", "--per", "1")
        try cli.ok("reward", "add", "--name", "€5 off", "--cost", "100", "--amount-off", "5")
        try cli.ok("program", "launch")
        try cli.ok("member", "add", "--name", "Zoë", "--email", "zoe@example.com")
        return cli
    }
}
