import Foundation
import XCTest

/// Hebrew in a terminal that does no bidi of its own: tmux draws cells exactly as sent, as most
/// SSH clients do. `LANG=he_IL.UTF-8` is forwarded to a machine that has only C.UTF-8 installed.
final class RightToLeftTerminalTests: XCTestCase {
    private let hebrew = ["LANG": "he_IL.UTF-8", "LC_ALL": ""]

    private func addShalom(_ database: URL) throws {
        try E2E.loyalty(database, "member", "add", "--name", "שלום כהן", "--email", "shalom@example.org")
    }

    func testAHebrewNameShowsInReadingOrderOnAMirroredScreen() throws {
        let (_, terminal) = try Dashboard.open(for: self, environment: hebrew, prepare: addShalom)
        try terminal.press("7")
        let screen = try terminal.waitFor("shalom@example.org")
        let row = try XCTUnwrap(ScreenText.line(containing: "shalom@example.org", in: screen), Tmux.framed(screen))
        XCTAssertTrue(row.contains("ןהכ םולש"), "שלום as the cells ם ו ל ש from left to right:\n\(Tmux.framed(screen))")
        XCTAssertFalse(screen.contains("שלום"), Tmux.framed(screen))
        XCTAssertLessThan(try XCTUnwrap(row.range(of: "shalom@")).lowerBound, try XCTUnwrap(row.range(of: "םולש")).lowerBound,
                          "the name column is the rightmost")
        let sidebar = try XCTUnwrap(ScreenText.line(containing: "Members 7", in: screen), "the sidebar, mirrored:\n\(Tmux.framed(screen))")
        XCTAssertTrue(sidebar.hasSuffix("Members 7"), "on the right edge:\n\(Tmux.framed(screen))")
    }

    func testWithReorderingOffTheNameIsSentInStoredOrder() throws {
        let (_, terminal) = try Dashboard.open(for: self, options: ["--bidi", "off"], environment: hebrew, prepare: addShalom)
        try terminal.press("7")
        let screen = try terminal.waitFor("shalom@example.org")
        XCTAssertTrue(ScreenText.line(containing: "shalom@example.org", in: screen)?.contains("שלום כהן") == true, Tmux.framed(screen))
        XCTAssertFalse(screen.contains("םולש"), Tmux.framed(screen))
    }

    func testABidiSettingOtherThanOnOrOffIsRefusedSayingWhere() throws {
        let database = try Shop.launched()
        defer { E2E.removeTemporary(database) }
        let fromEnvironment = try E2E.run(E2E.binary.path, ["--db", database.path], environment: ["LOYALTY_DB": "", "LOYALTY_BIDI": "maybe"])
        XCTAssertEqual(fromEnvironment.status, 1)
        XCTAssertTrue(fromEnvironment.err.contains("LOYALTY_BIDI takes on or off (got \"maybe\")"), fromEnvironment.err)
        let fromOption = try E2E.run(E2E.binary.path, ["--db", database.path, "--bidi", "sideways"], environment: ["LOYALTY_DB": ""])
        XCTAssertTrue(fromOption.err.contains("--bidi takes on or off (got \"sideways\")"), fromOption.err)
    }
}
