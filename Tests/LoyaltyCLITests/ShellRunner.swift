import Foundation
import ImportTestSupport

extension CLIRunner {
    /// Runs `script` in `/bin/sh` in the runner's directory, with `$LOYALTY` the binary, `$LOYALTY_DB`
    /// the runner's database and `environment` added. A script that ends in `exec "$LOYALTY" …` runs
    /// Loyalty as the shell's `$$`, so it can plant files at names made from Loyalty's pid first.
    func runInShell(_ script: String, environment extra: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        var environment = englishEnvironment()
        environment["LOYALTY"] = CLIRunner.binary.path
        environment["LOYALTY_DB"] = database
        environment["XDG_DATA_HOME"] = directory.path
        environment.merge(extra) { $1 }
        process.environment = environment
        let outURL = directory.appendingPathComponent("shell-stdout"), errURL = directory.appendingPathComponent("shell-stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         out: try String(contentsOf: outURL, encoding: .utf8), err: try String(contentsOf: errURL, encoding: .utf8))
    }
}
