import Foundation
import XCTest

/// The owner shows only the visitors, marks two with Space and makes both members at once: one
/// confirmed change, both in the database with their audit lines, and the filtered list empties.
final class MarkedStatusTests: XCTestCase {
    func testMarkTwoVisitorsAndMakeThemMembersAtOnce() throws {
        let (database, terminal) = try Dashboard.open(for: self) { database in
            try E2E.loyalty(database, "member", "set-status", "ann@example.com", "visitor")
            try E2E.loyalty(database, "member", "set-status", "zeno@example.com", "visitor")
        }
        try terminal.press("7")
        try terminal.waitFor("/ finds a member")

        // Only the visitors, by name.
        try terminal.press("f")
        try terminal.waitFor("Show members")
        try terminal.press("Right", "Right", "Enter")
        var screen = try terminal.waitFor("Showing: visitors · by name")
        XCTAssertFalse(screen.contains("Zoë Jansen"), Tmux.framed(screen))

        // Space marks each and moves on; the footer counts them.
        try terminal.press("Space")
        try terminal.waitFor("1 marked")
        try terminal.press("Space")
        screen = try terminal.waitFor("2 marked")
        XCTAssertTrue(ScreenText.line(containing: "Ann Smith", in: screen)?.contains("✓") == true, Tmux.framed(screen))
        XCTAssertTrue(ScreenText.line(containing: "Zeno Bakker", in: screen)?.contains("✓") == true, Tmux.framed(screen))

        // S: the status, then the confirmation; nothing changes before Yes.
        try terminal.press("S")
        try terminal.waitFor("Status of 2 people marked")
        try terminal.press("Enter")
        try terminal.waitFor("Make 2 people members?")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT count(*) FROM members WHERE status = 'visitor'"), "2")
        try terminal.press("y")
        screen = try terminal.waitFor("Made 2 people members")
        try terminal.waitFor("No one shown: Esc shows everyone")

        XCTAssertEqual(try E2E.sqlite(database, "SELECT email, status FROM members WHERE email IN ('ann@example.com', 'zeno@example.com') ORDER BY email"),
                       "ann@example.com|member\nzeno@example.com|member")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT subject FROM audit_log WHERE action = 'member.status' AND reason = 'marked in the dashboard' ORDER BY subject"),
                       "ann@example.com\nzeno@example.com")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT after FROM audit_log WHERE action = 'member.status.bulk'"), "2 of 2 set to member")
        XCTAssertTrue(try E2E.loyalty(database, "check").hasPrefix("ok"))

        // Everyone again, no marks left.
        try terminal.press("Escape")
        screen = try terminal.waitFor("/ finds a member")
        XCTAssertFalse(screen.contains("✓") || screen.contains("marked"), Tmux.framed(screen))
    }
}
