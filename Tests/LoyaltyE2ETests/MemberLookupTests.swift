import Foundation
import XCTest

/// Staff at the counter: find a member by typing the start of their name, open them, give points
/// with a reason, and see the activity row; the ledger must hold exactly that change.
final class MemberLookupTests: XCTestCase {
    func testStaffFindAMemberAndGivePointsWithAReason() throws {
        let (database, terminal) = try Dashboard.open(for: self)

        // Wide characters go in and find the member.
        try terminal.press("/")
        try terminal.waitFor("Find:")
        try terminal.type("山田")
        var screen = try terminal.waitUntil("only 山田 太郎 found") { $0.contains("山田 太郎") && !$0.contains("Ann Smith") }
        XCTAssertTrue(ScreenText.line(containing: "山田 太郎", in: screen)?.contains("taro@example.jp") == true, Tmux.framed(screen))
        try terminal.press("Escape")
        try terminal.waitFor("/ finds a member")

        // The start of a name, typed with its accent.
        try terminal.press("/")
        try terminal.waitFor("Find:")
        try terminal.type("Zoë")
        screen = try terminal.waitUntil("only Zoë Jansen found") { $0.contains("Zoë Jansen") && !$0.contains("Zeno Bakker") && !$0.contains("山田") }
        try terminal.press("Enter")
        try terminal.waitFor("Found:")
        try terminal.press("Enter")
        try terminal.waitFor("No activity yet")
        try terminal.waitFor("Member · Base · 0 ☕ Stars")

        // Give 50 Stars with a reason; the confirmation shows before → after.
        try terminal.press("+")
        try terminal.waitFor("Give Stars to Zoë Jansen")
        try terminal.type("50")
        try terminal.press("Tab")
        try terminal.type("in-store purchase")
        try terminal.press("Enter")
        try terminal.waitFor("Zoë Jansen: 0 → 50 Stars")
        try terminal.waitFor("Reason: in-store purchase")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT count(*) FROM ledger"), "0", "nothing is given before the answer")
        try terminal.press("y")
        screen = try terminal.waitFor("Member · Base · 50 ☕ Stars")
        let row = ScreenText.line(containing: "in-store purchase", in: screen).map(ScreenText.words) ?? []
        XCTAssertTrue(row.contains("Given") && row.contains("+50") && row.contains("50"), "activity row \(row) in\n\(Tmux.framed(screen))")
        XCTAssertEqual(row.firstIndex(of: "+50").map { row[$0 + 1] }, "50", "the balance after follows the change")

        // The ledger holds the change, made by the person at the keyboard.
        let zoe = "(SELECT id FROM members WHERE email = 'zoe@example.com')"
        XCTAssertEqual(try E2E.sqlite(database, "SELECT kind, delta, balance_after, reason, actor FROM ledger WHERE member_id = \(zoe)"),
                       "give|50|50|in-store purchase|\(E2E.osUser)")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT balance FROM members WHERE email = 'zoe@example.com'"), "50")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT count(*) FROM ledger"), "1", "no one else was changed")
        XCTAssertTrue(try E2E.loyalty(database, "check").hasPrefix("ok"))
    }
}
