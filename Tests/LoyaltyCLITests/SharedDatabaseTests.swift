import Foundation
import ImportTestSupport
import XCTest

/// One database shared by three OS accounts exactly as `loyalty help user` says: an owner and a staff
/// member in a group, who each keep working while the other has the database open, and a viewer
/// who may only read the files. Needs root to create the accounts (useradd).
final class SharedDatabaseTests: XCTestCase {
    private var accounts: [String] = []
    private var group = ""
    private var base: URL!

    override func setUpWithError() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root: the test creates OS accounts with useradd and runs Loyalty as each (runuser)") }
        for tool in ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/runuser"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is missing")
        }
        let tag = String(UInt32.random(in: 100_000...999_999))
        group = "lyshop\(tag)"
        try run("/usr/sbin/groupadd", group)
        for (name, inGroup) in [("lyowner\(tag)", true), ("lystaff\(tag)", true), ("lyview\(tag)", false)] {
            try run(["/usr/sbin/useradd", "-M", "-U", "-s", "/bin/sh"] + (inGroup ? ["-G", group] : []) + [name])
            accounts.append(name)
        }
        base = URL(fileURLWithPath: "/tmp/loyalty-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: false)
        try run("/bin/chown", owner, base.path)
    }

    override func tearDown() {
        if let base { try? FileManager.default.removeItem(at: base) }
        for name in accounts { try? run("/usr/sbin/userdel", name) }
        if !group.isEmpty { try? run("/usr/sbin/groupdel", group) }
    }

    private var owner: String { accounts[0] }
    private var staff: String { accounts[1] }
    private var viewer: String { accounts[2] }
    private var directory: String { base.appendingPathComponent("shop").path }
    private var database: String { directory + "/loyalty.db" }

    private func run(_ arguments: String...) throws { try run(arguments) }

    /// Runs an administration command (useradd …); the test is skipped when it fails.
    private func run(_ arguments: [String]) throws {
        let result = try start(arguments).finish()
        guard result.status == 0 else { throw XCTSkip("\(arguments.joined(separator: " ")) failed: \(result.err)") }
    }

    /// A started process; `finish` waits for it and returns what it printed.
    private struct Started {
        let process: Process
        let out: URL
        let err: URL

        func finish() throws -> RunResult {
            process.waitUntilExit()
            defer { for url in [out, err] { try? FileManager.default.removeItem(at: url) } }
            return RunResult(status: process.terminationStatus,
                             out: try String(contentsOf: out, encoding: .utf8), err: try String(contentsOf: err, encoding: .utf8))
        }
    }

    private func start(_ arguments: [String]) throws -> Started {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("shared-\(UUID().uuidString).out")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("shared-\(UUID().uuidString).err")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return Started(process: process, out: out, err: err)
    }

    /// `script` run by `/bin/sh` as `user` (umask 077, as a careful user has it), with `$LOYALTY`
    /// the binary and `$DB` the shared database.
    private func startAs(_ user: String, _ script: String) throws -> Started {
        try start(["/usr/sbin/runuser", "-u", user, "--", "/usr/bin/env"] + englishEnvArguments + ["LOYALTY=\(CLIRunner.binary.path)", "DB=\(database)",
                   "/bin/sh", "-c", "umask 077; cd \(base.path) && \(script)"])
    }

    /// `loyalty --db <shared database> arguments…` run as `user`.
    private func loyalty(as user: String, _ arguments: String...) throws -> RunResult { try loyalty(as: user, arguments) }

    private func loyalty(as user: String, _ arguments: [String]) throws -> RunResult {
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try startAs(user, "exec \"$LOYALTY\" --db \"$DB\" \(quoted)").finish()
    }

    private func ok(as user: String, _ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try loyalty(as: user, arguments)
        XCTAssertEqual(result.status, 0, "\(user): loyalty \(arguments.joined(separator: " ")): \(result.err)", file: file, line: line)
    }

    /// The staff member's `member export` into a pipe nobody reads yet: with more members than the
    /// pipe holds, their process waits with the database open (having made its -wal and -shm if
    /// missing) until `finish` reads the pipe.
    private final class Holding {
        let process = Process()
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("holding-\(UUID().uuidString).err")

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            process.standardOutput = output
            try Data().write(to: errors)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            var started = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&started, 1, 20_000)   // its first rows: it is inside its read, the database open
        }

        /// Lets the export finish; returns its exit status, how many lines it wrote and what it complained.
        func finish() -> (status: Int32, lines: Int, err: String) {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: errors) }
            return (process.terminationStatus, data.filter { $0 == UInt8(ascii: "\n") }.count,
                    (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
        }
    }

    private func staffHoldsTheDatabaseOpen() throws -> Holding {
        try Holding(["/usr/sbin/runuser", "-u", staff, "--", "/bin/sh", "-c", "umask 077; exec \(CLIRunner.binary.path) --db \(database) member export"])
    }

    func testOwnerStaffAndAReadOnlyViewerShareTheDatabaseAsUserHelpSays() throws {
        try ok(as: owner, "init", "--name", "Café Zoë", "--points-name", "Stars")
        try ok(as: owner, "rule", "add", "order", "--points", "10", "--per", "1")
        try ok(as: owner, "reward", "add", "--name", "€5 off", "--cost", "100", "--amount-off", "5")
        try ok(as: owner, "program", "launch")
        try ok(as: owner, "member", "add", "--email", "zoe@example.com")
        let orders = base.appendingPathComponent("orders.csv")
        try ("kind,email,external_id,amount,currency,occurred_at,name\n" + (1...2_000).map { "order,customer\($0)@example.com,\($0),1.00,EUR,2026-03-01,Customer \($0)\n" }.joined())
            .write(to: orders, atomically: false, encoding: .utf8)
        try ok(as: owner, "import", "events", orders.path)
        try ok(as: owner, "user", "add", staff, "--role", "staff")
        try ok(as: owner, "user", "add", viewer, "--role", "viewer")

        // `loyalty help user`: the owner shares the database with the group, and lets the viewer read.
        let recipe = try startAs(owner, "cd shop && chgrp \(group) . loyalty.db* && chmod 660 loyalty.db* && chmod 770 . && chmod o+r loyalty.db* && chmod o+x .").finish()
        XCTAssertEqual(recipe.status, 0, recipe.err)

        let holding = try staffHoldsTheDatabaseOpen()
        try ok(as: owner, "points", "give", "zoe@example.com", "5", "--reason", "While staff works")
        let first = holding.finish()
        XCTAssertEqual(first.lines, 2_002, "the export saw every member: \(first.err)")
        try ok(as: staff, "points", "give", "zoe@example.com", "5", "--reason", "Staff")

        // Files SQLite made afresh (as it does when they are gone) by the staff member, in their own group at first.
        for suffix in ["-wal", "-shm"] { unlink(database + suffix) }
        let again = try staffHoldsTheDatabaseOpen()
        try ok(as: owner, "points", "give", "zoe@example.com", "5", "--reason", "Owner again")
        let second = again.finish()
        XCTAssertEqual(second.lines, 2_002, "the export saw every member: \(second.err)")
        for suffix in ["-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: database + suffix)
            XCTAssertEqual(attributes[.groupOwnerAccountName] as? String, group, suffix)
            XCTAssertEqual(attributes[.posixPermissions] as? Int, 0o664, "\(suffix) has the database file's mode")
        }

        let shown = try loyalty(as: viewer, "member", "show", "zoe@example.com", "--json")
        XCTAssertEqual(shown.status, 0, "the viewer, who may only read the files, reads: \(shown.err)")
        let zoe = try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any]
        XCTAssertEqual(zoe?["balance"] as? Int, 15)
        let refused = try loyalty(as: viewer, "points", "give", "zoe@example.com", "5", "--reason", "Viewer")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("\(viewer) is a viewer"), refused.err)
        let check = try loyalty(as: viewer, "check")
        XCTAssertEqual(check.status, 0, check.err)
    }

    func testAViewerWhoCannotCreateTheWALFilesIsToldWhoCan() throws {
        try ok(as: owner, "init", "--name", "Café Zoë")
        try ok(as: owner, "user", "add", viewer, "--role", "viewer")
        XCTAssertEqual(try startAs(owner, "cd shop && chmod o+r loyalty.db* && chmod o+x .").finish().status, 0)
        for suffix in ["-wal", "-shm"] { unlink(database + suffix) }   // as an older Loyalty, or sqlite3, leaves it

        let refused = try loyalty(as: viewer, "member", "list")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("cannot read \(database): SQLite needs \(database)-wal and \(database)-shm beside it, which are missing"), refused.err)
        XCTAssertTrue(refused.err.contains("`loyalty --db \(database) check`"), refused.err)
        try ok(as: owner, "check")
        let read = try loyalty(as: viewer, "member", "list")
        XCTAssertEqual(read.status, 0, read.err)
    }
}
