import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// A database that cannot be written: opened read-only by the store (as a viewer's is), or a file
/// the operating system refuses to write. Writes say so, that nothing was changed and which file;
/// the dashboard says so before a form is filled in when it knows, and keeps the form when only
/// SQLite finds out; reads work; the file's bytes stay the same.
final class ReadOnlyTests: XCTestCase {
    func testAStoreOpenedReadOnlyRefusesEveryWriteClearlyAndStillReads() throws {
        let binary = try LoyaltyBinary()
        _ = try FaultShop.create(at: binary.database, members: 3).give(email: "member1@example.com", points: 40, reason: "Welcome")
        let bytes = try fileBytes(binary.database), totals = try Totals(path: binary.database)
        let store = try Store(path: binary.database, create: false, readOnly: true)
        let writes: [(String, () throws -> Void)] = [
            ("give", { _ = try store.give(email: "member1@example.com", points: 5, reason: "Viewer") }),
            ("add a member", { _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com")) }),
            ("record an order", { _ = try store.record(EarningEvent(kind: .order, externalID: "1", email: "zoe@example.com", amount: FaultShop.euros(1_000))) }),
            ("pause", { _ = try store.pause() }),
        ]
        for (what, write) in writes {
            XCTAssertThrowsError(try write(), what) { error in
                let message = "\(error)"
                for fragment in ["the database \(binary.database) is", "read-only", "nothing was changed"] {
                    XCTAssertTrue(message.contains(fragment), "\(what): \"\(fragment)\" is not in: \(message)")
                }
            }
        }
        XCTAssertEqual(try store.member(email: "member1@example.com").balance, 40)
        XCTAssertEqual(try store.check(), [])
        XCTAssertEqual(try Totals(path: binary.database), totals)
        XCTAssertEqual(try fileBytes(binary.database), bytes)
    }

    func testTheDashboardOnAReadOnlyStoreSaysSoBeforeAnythingIsTyped() throws {
        let binary = try LoyaltyBinary()
        _ = try FaultShop.create(at: binary.database, members: 3).give(email: "member2@example.com", points: 40, reason: "Welcome")
        let bytes = try fileBytes(binary.database)
        let session = try DashboardSession(store: try Store(path: binary.database, create: false, readOnly: true))
        session.openMember(find: "member2@example.com")
        session.press(.character("+"))
        XCTAssertNil(session.state.form, "no form to fill in that could not be saved")
        XCTAssertTrue(session.screen.contains("read-only"), session.screen)
        XCTAssertEqual(session.violations, [])
        XCTAssertEqual(try fileBytes(binary.database), bytes)
    }

    /// The file's permissions say no (as root, which ignores permissions: the immutable attribute).
    func testAFileTheSystemWillNotLetUsWriteIsRefusedByWritesAndReadByReads() throws {
        let binary = try LoyaltyBinary()
        _ = try FaultShop.create(at: binary.database, members: 3).give(email: "member1@example.com", points: 40, reason: "Welcome")
        let bytes = try fileBytes(binary.database)
        try makeUnwritable(binary.database)
        defer { makeWritable(binary.database) }

        let expected = ["the database \(binary.database) is", "read-only", "nothing was changed"]
        for command in [["points", "give", "member1@example.com", "5", "--reason", "Locked"], ["member", "add", "--email", "zoe@example.com"],
                        ["event", "review", "--email", "member1@example.com", "--id", "r-1"], ["program", "pause"]] {
            try assertRefused(try binary.start(command).wait(), command, saying: expected, database: binary.database, bytes: bytes)
        }
        XCTAssertTrue(try binary.ok("member", "show", "member1@example.com").contains("40 Stars"))
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"))

        let session = try DashboardSession(store: try Store(path: binary.database, create: false))
        session.openMember(find: "member1@example.com")
        session.adjust("+", points: 25, reason: "Locked file")
        XCTAssertEqual(session.state.form?.fields.map(\.value), ["25", "Locked file"], "the form stays open with what was typed")
        XCTAssertTrue(session.state.form?.error?.contains("the database \(binary.database) is read-only here") == true, session.screen)
        XCTAssertEqual(session.violations, [])
        XCTAssertEqual(try fileBytes(binary.database), bytes)
    }

    /// Makes writes to `path` fail for this process: `chattr +i` as root, `chmod a-w` otherwise.
    /// Skips the test when neither works here (e.g. root on a file system without the attribute).
    private func makeUnwritable(_ path: String) throws {
        if geteuid() == 0 {
            _ = try? runTool("/usr/bin/env", ["chattr", "+i", path])
        } else {
            chmod(path, 0o444)
        }
        let descriptor = open(path, O_WRONLY)
        if descriptor >= 0 {
            close(descriptor)
            makeWritable(path)
            throw XCTSkip("cannot make \(path) unwritable here (root without chattr +i)")
        }
    }

    private func makeWritable(_ path: String) {
        if geteuid() == 0 { _ = try? runTool("/usr/bin/env", ["chattr", "-i", path]) }
        chmod(path, 0o600)
    }

    private func runTool(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
