import Foundation
import XCTest

/// Another process changes the database (here the CLI at the till); the open dashboard shows the
/// change by itself within about a second, without a key press.
final class LiveRefreshTests: XCTestCase {
    func testABalanceChangedByTheCLIShowsWithoutAKeyPress() throws {
        let (database, terminal) = try Dashboard.open(for: self) { database in
            try E2E.loyalty(database, "points", "give", "zoe@example.com", "37", "--reason", "opening balance")
        }
        try terminal.press("7")
        func zoeRow(_ screen: String) -> [String] { ScreenText.line(containing: "zoe@example.com", in: screen).map(ScreenText.words) ?? [] }
        try terminal.waitUntil("Zoë's balance of 37") { zoeRow($0).contains("37") }

        try E2E.loyalty(database, "points", "give", "zoe@example.com", "10", "--reason", "x")
        let changed = Date()
        let screen = try terminal.waitUntil("Zoë's balance of 47 without a key press", timeout: 5) { zoeRow($0).contains("47") }
        let seconds = Date().timeIntervalSince(changed)
        XCTAssertFalse(zoeRow(screen).contains("37"))
        XCTAssertLessThan(seconds, 3, "shown after \(seconds) s; the dashboard looks for changes 4 times a second")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT balance FROM members WHERE email = 'zoe@example.com'"), "47")
        print("live refresh: the new balance showed \(String(format: "%.2f", seconds)) s after the CLI changed it")
    }
}
