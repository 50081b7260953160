import Foundation
import XCTest

/// `loyalty --demo` without `--db` builds in a private directory of its own, which another user of
/// the machine cannot have planted or read, and which is gone when the dashboard closes.
final class DemoDirectoryTests: XCTestCase {
    func testTheDemoBuildsInAPrivateDirectoryThatGoesWhenTheDashboardCloses() throws {
        try E2E.requireTmux()
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-demo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let planted = temporary.appendingPathComponent("loyalty-demo-\(getuid()).db")
        try FileManager.default.createSymbolicLink(atPath: planted.path, withDestinationPath: "/nonexistent/elsewhere.db")

        let terminal = try Tmux(arguments: ["--demo"], environment: ["TMPDIR": temporary.path, "LOYALTY_DB": ""])
        defer { terminal.close() }
        try terminal.waitFor("Overview")
        let made = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("loyalty-demo-") && !$0.hasSuffix(".db") }
        XCTAssertEqual(made.count, 1, "one directory of the demo's own: \(made)")
        let directory = temporary.appendingPathComponent(made.first ?? "")
        let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o700, "only its user may enter it")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("demo.db").path))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: planted.path), "/nonexistent/elsewhere.db", "a planted link is neither followed nor touched")

        try terminal.press("q")
        try terminal.waitForExit()
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path), "the demo is removed when the dashboard closes")
    }
}
