import Foundation
import ImportTestSupport
import XCTest

/// How a run of the binary ended and what it printed, as bytes (the fuzz tests look for raw
/// control characters) and as text.
struct RunOutput {
    /// The exit status, or nil when a signal ended the process.
    let status: Int32?
    /// The signal that ended the process (SIGKILL, SIGSEGV, SIGILL for a Swift trap…), if any.
    let signal: Int32?
    let out: [UInt8]
    let err: [UInt8]

    var outText: String { String(decoding: out, as: UTF8.self) }
    var errText: String { String(decoding: err, as: UTF8.self) }

    /// "exit 1" or "signal 9", for failure messages.
    var ending: String { signal.map { "signal \($0)" } ?? "exit \(status ?? -1)" }
}

/// A started `loyalty` process: kill it, or wait for it.
final class RunningLoyalty {
    let pid: pid_t
    private let outPath: String
    private let errPath: String
    private var ended: RunOutput?
    private var rawStatus: Int32?

    fileprivate init(pid: pid_t, outPath: String, errPath: String) {
        self.pid = pid
        self.outPath = outPath
        self.errPath = errPath
    }

    /// Whether the process has not exited yet (reaps it when it has).
    var isRunning: Bool {
        if rawStatus != nil { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        rawStatus = status
        return false
    }

    /// Sends SIGKILL: the process stops wherever it is, as on a power cut or `kill -9` (never once
    /// it has been reaped, when its pid may belong to another process).
    func kill9() { if rawStatus == nil { kill(pid, SIGKILL) } }

    /// Waits for the process to end and collects what it printed.
    @discardableResult
    func wait() -> RunOutput {
        if let ended { return ended }
        var status: Int32 = rawStatus ?? 0
        if rawStatus == nil { while waitpid(pid, &status, 0) == -1 && errno == EINTR {} }
        let signalled = status & 0x7F
        let output = RunOutput(status: signalled == 0 ? (status >> 8) & 0xFF : nil, signal: signalled == 0 ? nil : signalled,
                               out: [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()),
                               err: [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()))
        for path in [outPath, errPath] { unlink(path) }
        ended = output
        return output
    }
}

/// The built `loyalty` binary, run on a database in a temporary directory of its own (removed at
/// deinit). Arguments are bytes, so a test can pass what a shell can: invalid UTF-8 included.
/// Started with `posix_spawn` and reaped with `waitpid`, so a test can kill it at any moment.
final class LoyaltyBinary {
    let directory: URL
    var database: String { directory.appendingPathComponent("loyalty.db").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The `loyalty` executable SwiftPM built next to the test bundle.
    static let executable: URL = {
        let bundle = Bundle(for: LoyaltyBinary.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent().appendingPathComponent("loyalty"), bundle.appendingPathComponent("loyalty")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// A path in the temporary directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Starts `loyalty --db DATABASE arguments…` (raw bytes) and returns at once. Its stdout and
    /// stderr go to files, or all three to `terminal` (a pseudo-terminal's descriptor) when given.
    func start(bytes arguments: [[UInt8]], database: String? = nil, terminal: Int32? = nil) throws -> RunningLoyalty {
        let id = UUID().uuidString
        let outPath = path("out-\(id)"), errPath = path("err-\(id)")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let terminal {
            for descriptor: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, terminal, descriptor) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in open where descriptor > 2 { posix_spawn_file_actions_addclose(&actions, descriptor) }

        let words = [Array(Self.executable.path.utf8), Array("--db".utf8), Array((database ?? self.database).utf8)] + arguments
        var environment = englishEnvironment()
        environment["LOYALTY_DB"] = nil
        environment["XDG_DATA_HOME"] = directory.path
        if terminal != nil { environment["TERM"] = "xterm-256color" }
        let variables = environment.map { Array("\($0.key)=\($0.value)".utf8) }
        let argv = words.map(Self.cString) + [nil]
        let envp = variables.map(Self.cString) + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, Self.executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure("could not start \(Self.executable.path): \(String(cString: strerror(spawned)))") }
        return RunningLoyalty(pid: pid, outPath: outPath, errPath: errPath)
    }

    /// Starts `loyalty --db DATABASE arguments…` and returns at once.
    func start(_ arguments: [String], database: String? = nil) throws -> RunningLoyalty {
        try start(bytes: arguments.map { Array($0.utf8) }, database: database)
    }

    /// Runs `loyalty --db DATABASE arguments…` to the end.
    @discardableResult
    func run(_ arguments: String..., database: String? = nil) throws -> RunOutput {
        try start(arguments, database: database).wait()
    }

    /// Runs a command that must succeed; returns its stdout.
    @discardableResult
    func ok(_ arguments: String..., database: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try start(arguments, database: database).wait()
        XCTAssertEqual(result.status, 0, "loyalty \(arguments.joined(separator: " ")) ended with \(result.ending): \(result.errText)", file: file, line: line)
        return result.outText
    }

    /// A NUL-terminated copy of `bytes` for argv (freed by the caller).
    private static func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar>? {
        let pointer = malloc(bytes.count + 1)!.assumingMemoryBound(to: CChar.self)
        for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
        pointer[bytes.count] = 0
        return pointer
    }
}

/// A step of a test's own set-up that could not be done (not a finding about Loyalty).
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
