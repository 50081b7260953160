import Foundation
import XCTest
import LoyaltyStore

/// `kill -9` of `loyalty demo` while it builds: the database holds either no programme at all or the
/// whole demo, never a launched programme without its members, so the next `demo` on the same path works.
final class KillDuringDemoTests: XCTestCase {
    func testADemoKilledMidwayLeavesAnEmptyDatabaseAndTheNextDemoWorks() throws {
        let binary = try LoyaltyBinary()
        try binary.ok("init")
        let reader = try Connection(path: binary.database, readOnly: true, create: false)
        let demo = try binary.start(["demo", "--members", "1000000"])
        // Kill once the programme's first rule would have been visible (a demo that commits its set-up
        // separately), or after two seconds: well inside building a million members either way.
        let started = Date()
        _ = WriteLockProbe.poll(while: demo, timeout: 2) {
            (try? reader.scalar("SELECT count(*) FROM earning_rules")) ?? 0 > 0 || Date().timeIntervalSince(started) > 2
        }
        XCTAssertTrue(demo.isRunning, "the demo was still building when it was killed")
        demo.kill9()
        XCTAssertEqual(demo.wait().signal, SIGKILL)

        XCTAssertEqual(try reader.scalar("SELECT count(*) FROM earning_rules"), 0, "no programme was left behind")
        XCTAssertEqual(try reader.one("SELECT status FROM program") { $0.text(0) }, "draft")
        XCTAssertTrue(try binary.ok("demo", "--members", "50").contains("Built 50 members"))
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"))
    }
}
