import Foundation
import XCTest

/// The real `loyalty` binary running in a real terminal: a detached tmux session on a tmux server
/// of its own (`-L`, no config file), so tests never touch the user's tmux and never each other.
/// Keys go in with `send-keys`, the screen comes back as text with `capture-pane`, and every wait
/// polls the screen until what a user would see is there (never a fixed sleep).
final class Tmux {
    /// A step that did not happen in time; carries the screen so the failure shows what was there.
    struct NeverSaw: Error, CustomStringConvertible {
        let description: String
    }

    let socket: String
    let session: String
    private var closed = false

    /// Starts `loyalty arguments…` in a `width`×`height` terminal, with `TERM=tmux-256color` and
    /// the extra `environment` (e.g. `NO_COLOR=1`).
    init(width: Int = 100, height: Int = 30, arguments: [String], environment: [String: String] = [:]) throws {
        let id = UUID().uuidString.prefix(8).lowercased()
        socket = "loyalty-e2e-\(getpid())-\(id)"
        session = "e2e-\(id)"
        let settings = ["TERM=tmux-256color", "LOYALTY_DB=", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"]
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), "--",
                  "env"] + settings + [E2E.binary.path] + arguments)
    }

    deinit { close() }

    /// Ends the session and its tmux server (safe to call twice; also done on deinit).
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? E2E.run("/usr/bin/env", ["tmux", "-L", socket, "kill-server"])
    }

    // MARK: Keys

    /// Presses keys by tmux name: "Enter", "Escape", "Tab", "BTab", "Up", "Down", "C-u", "Space", "q".
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", session, key]) }
    }

    /// Types `text` literally (UTF-8 too: "Café Zoë", "山田").
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Resizes the terminal, as dragging the window's corner would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    // MARK: Screen

    /// The screen as text, one line per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", session])
    }

    /// The screen with its attributes as escape sequences (`ESC[7m` for reverse video…).
    func screenWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", session])
    }

    /// Whether the program still runs (its session ends when it exits).
    var isRunning: Bool {
        (try? E2E.run("/usr/bin/env", ["tmux", "-L", socket, "has-session", "-t", session]).status) == 0
    }

    /// Polls until `text` is on screen; returns the screen. Throws with the last screen otherwise.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = E2E.timeout, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Polls until `text` is no longer on screen.
    @discardableResult
    func waitForGone(_ text: String, timeout: TimeInterval = E2E.timeout, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil("\"\(text)\" gone from the screen", timeout: timeout, file: file, line: line) { !$0.contains(text) }
    }

    /// Polls the screen until `condition` holds for it; returns that screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = E2E.timeout, file: StaticString = #filePath, line: UInt = #line,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            if !isRunning { break }
            if let screen = try? self.screen() {
                last = screen
                if condition(screen) { return screen }
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        let state = isRunning ? "after \(timeout) s" : "the program is no longer running"
        let message = "never saw \(what) (\(state)). Last screen:\n\(Self.framed(last))"
        XCTFail(message, file: file, line: line)
        throw NeverSaw(description: message)
    }

    /// Polls until the program has exited.
    func waitForExit(timeout: TimeInterval = E2E.timeout, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            guard isRunning else { return }
            last = (try? screen()) ?? last
            Thread.sleep(forTimeInterval: 0.05)
        }
        let message = "the program was still running after \(timeout) s. Last screen:\n\(Self.framed(last))"
        XCTFail(message, file: file, line: line)
        throw NeverSaw(description: message)
    }

    /// The screen between rules, trailing blanks trimmed, for failure messages.
    static func framed(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        let rule = String(repeating: "─", count: 40)
        return ([rule] + lines + [rule]).joined(separator: "\n")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try E2E.run("/usr/bin/env", ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments, environment: E2E.utf8)
        guard result.status == 0 else {
            throw NeverSaw(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.err)")
        }
        return result.out
    }
}

/// The binary under test, the command-line tools around it, and a temporary database per test.
enum E2E {
    /// Generous: the machine is small and shared; a passing wait returns as soon as the text shows.
    static let timeout: TimeInterval = 15

    /// The `loyalty` binary SwiftPM built next to the test bundle.
    static let binary: URL = {
        let bundle = Bundle(for: Tmux.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent().appendingPathComponent("loyalty"), bundle.appendingPathComponent("loyalty")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Skips the test when tmux is not installed (CI installs it, so there the tests run).
    static func requireTmux() throws {
        let found = (try? run("/usr/bin/env", ["sh", "-c", "command -v tmux"]).status) == 0
        if !found { throw XCTSkip("tmux is not installed; the end-to-end tests need it (.ci/run installs it)") }
    }

    /// A path for a database that does not exist yet, in a directory removed by `removeTemporary`.
    static func temporaryDatabase() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("loyalty.db")
    }

    static func removeTemporary(_ database: URL) {
        try? FileManager.default.removeItem(at: database.deletingLastPathComponent())
    }

    /// Runs `loyalty --db DATABASE arguments…` (the CLI); fails the test unless it exits 0.
    @discardableResult
    static func loyalty(_ database: URL, _ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(binary.path, ["--db", database.path] + arguments, environment: ["LOYALTY_DB": ""].merging(E2E.utf8) { $1 })
        XCTAssertEqual(result.status, 0, "loyalty \(arguments.joined(separator: " ")) failed: \(result.err)", file: file, line: line)
        return result.out
    }

    /// The rows `sql` returns from the database, via the `sqlite3` command-line tool: one line
    /// per row, columns separated by `|`.
    static func sqlite(_ database: URL, _ sql: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run("/usr/bin/env", ["sqlite3", "-batch", "-noheader", "-list", database.path, sql])
        XCTAssertEqual(result.status, 0, "sqlite3 \(sql) failed: \(result.err)", file: file, line: line)
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A UTF-8 locale for tmux and the binary, so "Zoë" and "山田" go in and come out intact.
    static let utf8 = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    /// The OS user the binary records as the actor of a change.
    static var osUser: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid\(geteuid())"
    }

    struct Output {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs a program to completion and collects what it printed.
    ///
    /// Not with Foundation's `Process`: on Linux it learns that a child ended when a descriptor the
    /// child inherited closes, and the tmux server that `new-session` starts keeps that descriptor
    /// open for ever, so the wait would never end. `posix_spawn` with every other descriptor
    /// closed, output to files, and `waitpid` have no such trap.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-e2e-run-\(UUID().uuidString)")
        let outPath = base.path + ".out", errPath = base.path + ".err"
        defer { for path in [outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in open where descriptor > 2 { posix_spawn_file_actions_addclose(&actions, descriptor) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let envp = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Tmux.NeverSaw(description: "could not start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Output(status: exitStatus, out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                      err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
