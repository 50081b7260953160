import Foundation
import XCTest

/// An owner rewrites a welcome e-mail in a real terminal: the body is edited as its lines, Enter
/// starts a new one, ^S saves, and the database holds the text with real line breaks.
final class EmailBodyEditingTests: XCTestCase {
    func testTheBodyIsEditedLineByLineAndStoredWithLineBreaks() throws {
        let (database, terminal) = try Dashboard.open(for: self)

        try terminal.press("6")
        try terminal.waitFor("Welcome new members")
        try terminal.press("Enter")
        try terminal.waitFor("E-mail: Welcome new members")
        var screen = try terminal.waitFor("You are now a member of {program}. You have {balance} {points_name} to start with.")
        XCTAssertFalse(screen.contains("\\n"), "no line break shown as \\n\n\(Tmux.framed(screen))")

        try terminal.press("Tab")
        try terminal.waitFor("Enter New line")
        try terminal.press("Down", "Down", "End")
        try terminal.type(" Bye!")
        try terminal.press("Enter")
        try terminal.type("Zoë & 山田")
        screen = try terminal.waitFor("Zoë & 山田")
        let typed = try XCTUnwrap(ScreenText.lines(screen).firstIndex { $0.contains("Zoë & 山田") })
        XCTAssertTrue(ScreenText.lines(screen)[typed - 1].contains("to start with. Bye!"), "the new line is under the one Enter split\n\(Tmux.framed(screen))")

        // A smaller window redraws the editor with the cursor's line still in sight.
        try terminal.resize(width: 60, height: 16)
        try terminal.waitFor("Zoë & 山田")
        try terminal.press("C-s")
        try terminal.waitFor("E-mail saved")

        XCTAssertEqual(try E2E.sqlite(database, "SELECT body FROM email_automations WHERE trigger = 'welcome'"),
                       "Hi {name},\n\nYou are now a member of {program}. You have {balance} {points_name} to start with. Bye!\nZoë & 山田")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT length(body) - length(replace(body, char(10), '')) FROM email_automations WHERE trigger = 'welcome'"),
                       "4", "four real line breaks, the last one the body had included")
    }
}
