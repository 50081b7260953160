import Foundation
import XCTest

/// The dashboard in terminals as people have them: resized while it runs, and without colours.
final class TerminalTests: XCTestCase {
    /// Resizing redraws the layout for the new size (sidebar → tabs → "too small" → sidebar),
    /// keeps the section, never crashes, and `q` still ends the program.
    func testResizingRedrawsAndQuitEndsTheProgram() throws {
        let (_, terminal) = try Dashboard.open(for: self, ready: "9 Pages preview")
        try terminal.press("7")
        try terminal.waitFor("Zoë Jansen")

        try terminal.resize(width: 60, height: 20)
        var screen = try terminal.waitUntil("the 60×20 layout with tabs") { screen in
            let lines = ScreenText.lines(screen)
            return lines.count >= 20 && lines[20...].allSatisfy(\.isEmpty) && lines[1].contains("7 Members") && screen.contains("┌─ Members")
        }
        XCTAssertFalse(screen.contains("9 Pages preview"), "no sidebar at 60 columns\n\(Tmux.framed(screen))")
        XCTAssertTrue(screen.contains("zoe@example.com"), Tmux.framed(screen))
        try terminal.press("4")
        try terminal.waitFor("┌─ Rewards")

        try terminal.resize(width: 30, height: 10)
        screen = try terminal.waitFor("Terminal too small")
        XCTAssertTrue(screen.contains("30×10"), Tmux.framed(screen))

        try terminal.resize(width: 100, height: 30)
        screen = try terminal.waitUntil("the full layout again") { $0.contains("9 Pages preview") && $0.contains("┌─ Rewards") }
        XCTAssertFalse(screen.contains("Terminal too small"), Tmux.framed(screen))
        XCTAssertTrue(screen.contains("€5 off"), Tmux.framed(screen))
        XCTAssertTrue(terminal.isRunning)

        try terminal.press("q")
        try terminal.waitForExit()
        XCTAssertFalse(terminal.isRunning, "q ends the program and its terminal session")
    }

    /// With NO_COLOR no colour is drawn, yet the selected row stands out in reverse video and
    /// moves with the keys.
    func testWithoutColoursTheSelectionIsReverseVideo() throws {
        let (_, terminal) = try Dashboard.open(for: self, environment: ["NO_COLOR": "1"])
        try terminal.press("7")
        try terminal.waitFor("zoe@example.com")

        let names = Shop.members.map(\.0)
        func selectedNames() throws -> [String] {
            let screen = try terminal.screenWithAttributes()
            return names.filter { ScreenText.isReverse($0, in: screen) == true }
        }
        let first = try selectedNames(), screen = try terminal.screen(), attributes = try terminal.screenWithAttributes()
        XCTAssertEqual(first.count, 1, "exactly one member row is in reverse video: \(first)\n\(Tmux.framed(screen))")
        XCTAssertEqual(ScreenText.isReverse(" 7 Members", in: attributes), true, "the current section stands out too")

        try terminal.press("j")
        try terminal.waitUntil("the selection moved down a row") { _ in
            let now = (try? selectedNames()) ?? []
            return now.count == 1 && now != first
        }
        let parameters = ScreenText.cells(try terminal.screenWithAttributes()).parameters
        XCTAssertEqual(ScreenText.colourParameters(parameters), [], "NO_COLOR draws no colours")
    }
}
