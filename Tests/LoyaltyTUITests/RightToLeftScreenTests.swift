import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// Hebrew as the operator language: the dashboard mirrored (sidebar on the right, columns from the
/// right, text right-aligned), and right-to-left text in visual order, as a terminal that does no
/// bidi of its own (tmux, most SSH clients) shows the cells. The screens' words are still English
/// here: what is tested is where things go.
final class RightToLeftScreenTests: XCTestCase {
    /// `launchedShop` (Zoë Jansen, 山田 太郎, the visitor שלום כהן) on the Members section, in Hebrew.
    private func hebrewMembers(width: Int, height: Int, reordering: Bool = true) throws -> DashboardDriver {
        let store = try Store.inMemory(actor: "anna")
        try DashboardDriver.nameTheShop(store, now: DashboardDriver.shopDay)
        try DashboardDriver.launch(store)
        let driver = try DashboardDriver(store: store, width: width, height: height,
                                         writing: WritingMode(isRightToLeft: true, reordersText: reordering))
        driver.press(.character("7"))
        return driver
    }

    func testTheMembersListIsMirroredAt80x24() throws {
        let driver = try hebrewMembers(width: 80, height: 24)
        XCTAssertEqual(driver.lines(0...8), """
             :anna · :memory                                  Active  Café Aurora · Stars ★
            ┌──────────────────────────────────────────────── Members ─┐
            │            finds a member by name or e-mail · 3 people / │         Overview 1
            │Balance  Status                          E-mail       Name│          Program 2
            │120      Member                 zoe@example.com Zoë Jansen│     Ways to earn 3
            │40      Visitor              shalom@example.org   ןהכ םולש│          Rewards 4
            │300      Member               yamada@example.jp  山田 太郎│            Tiers 5
            │                                                          │           Emails 6
            │                                                          │          Members 7
            """)
        XCTAssertEqual(driver.lines(21...23), """
            └──────────────────────────────────────────────────────────┘

               Help F1/?  Quit q/^C  Order o  Filter f  Mark Space  Add member a  Open Enter
            """)
    }

    func testTheMembersListIsMirroredAt120x35() throws {
        let driver = try hebrewMembers(width: 120, height: 35)
        XCTAssertEqual(driver.lines(0...6), """
             :anna · :memory                                                                          Active  Café Aurora · Stars ★
            ┌──────────────────────────────────────────────────────────────────────────────────────── Members ─┐
            │                                                    finds a member by name or e-mail · 3 people / │         Overview 1
            │Last active Balance Tier  Status                                                 E-mail       Name│          Program 2
            │ 2025-03-14 120     Base  Member                                        zoe@example.com Zoë Jansen│     Ways to earn 3
            │ 2025-03-14 40      Base Visitor                                     shalom@example.org   ןהכ םולש│          Rewards 4
            │ 2025-03-14 300     Base  Member                                      yamada@example.jp  山田 太郎│            Tiers 5
            """)
        XCTAssertEqual(driver.lines(32...32), "└" + String(repeating: "─", count: 98) + "┘")
    }

    func testNarrowTheTabsRunFromTheRightWithTheirArrowsTurnedRound() throws {
        let driver = try hebrewMembers(width: 60, height: 20)
        XCTAssertEqual(driver.lines(1...1), "‹               Members 7   Emails 6   Tiers 5   Rewards 4 ›",
                       "earlier sections are off to the right, so › points there")
        driver.press(.character("a"))
        XCTAssertTrue(driver.screen.contains("‹ Member ›   Status │"), driver.screen)
    }

    func testAClickLandsOnTheMirroredSidebar() throws {
        let driver = try hebrewMembers(width: 80, height: 24)
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 75, y: 6)))
        XCTAssertEqual(driver.state.section, .tiers, "row 6 of the sidebar, now on the right, is 5 Tiers")
    }

    func testTypedHebrewGrowsLeftwardsWithTheCursorOnItsLeft() throws {
        let driver = try hebrewMembers(width: 80, height: 24)
        driver.press(.character("/"))
        driver.type("של")
        let frame = driver.dashboard.render()
        XCTAssertTrue(driver.lines(2...2).hasSuffix("לש :Find │         Overview 1"), driver.lines(2...2))
        let cursor = try XCTUnwrap(frame.cursor)
        XCTAssertEqual(frame.grid[x: cursor.x + 1, y: cursor.y].character, "ל", "the next letter goes where the cursor is, left of ל")
    }

    func testArrowsMoveTheCursorTheWayTheyPointInHebrewText() throws {
        let driver = try hebrewMembers(width: 80, height: 24)
        driver.press(.character("/"))
        driver.type("שלום")
        let end = try XCTUnwrap(driver.dashboard.render().cursor)
        driver.press(.left)
        XCTAssertEqual(driver.dashboard.render().cursor?.x, end.x, "already at the left end of the text")
        driver.press(.right)
        let onLast = try XCTUnwrap(driver.dashboard.render().cursor)
        XCTAssertEqual(onLast.x, end.x + 1)
        XCTAssertEqual(driver.dashboard.render().grid[x: onLast.x, y: onLast.y].character, "ם")
        driver.type("א")
        XCTAssertEqual(driver.state.members.search?.field.value, "שלואם", "typed before ם, where the cursor was")
    }

    func testWithReorderingOffTheLayoutIsMirroredButTextIsSentInStoredOrder() throws {
        let driver = try hebrewMembers(width: 80, height: 24, reordering: false)
        XCTAssertTrue(driver.lines(5...5).contains("shalom@example.org   שלום כהן│"), driver.lines(5...5))
    }

    func testTheBidiCommandTurnsReorderingOffAndOn() throws {
        let driver = try hebrewMembers(width: 80, height: 24)
        driver.press(.character(":"))
        driver.type("bidi off")
        driver.press(.enter)
        XCTAssertFalse(driver.state.writing.reordersText)
        XCTAssertTrue(driver.screen.contains("שלום כהן"))
        driver.press(.character(":"))
        driver.type("bidi sideways")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("usage: :bidi on|off"))
        driver.press(.character(":"))
        driver.type("bidi on")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("ןהכ םולש"))
    }

    func testTheKeysOfTheHelpOverlayStayInTheirOwnColumnOnTheRight() throws {
        let driver = try hebrewMembers(width: 60, height: 20)
        driver.press(.character("?"))
        let quit = try XCTUnwrap(driver.lines.first { $0.contains("q/^C") }, driver.screen)
        XCTAssertTrue(quit.hasSuffix("Quit       q/^C   │"), quit)
        let next = try XCTUnwrap(driver.lines.first { $0.contains("Next section") }, driver.screen)
        XCTAssertTrue(next.hasSuffix("Next section        Tab   │"), next)
    }

    func testAHebrewNameInTheEnglishDashboardReadsCorrectlyInItsOwnCell() throws {
        let driver = try DashboardDriver.launchedShop(width: 80, height: 24)
        driver.press(.character("7"))
        XCTAssertEqual(driver.lines(5...5), " 4 Rewards          │ןהכ םולש   shalom@example.org              Visitor      40│")
        driver.press(.down, .enter)
        XCTAssertTrue(driver.lines(2...2).contains("│ ןהכ םולש  shalom@example.org"), driver.lines(2...2))
    }
}
