import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

/// The e-mail body is edited as the lines it is sent as, in an editor as wide as the form.
final class EmailBodyEditorTests: XCTestCase {
    private func editWelcome(width: Int = 100, height: Int = 30) throws -> DashboardDriver {
        let driver = try DashboardDriver.launchedShop(width: width, height: height)
        driver.press(.character("6"), .enter)
        return driver
    }

    func testTheBodyShowsItsLinesAcrossTheFormAt100x30() throws {
        let driver = try editWelcome()
        XCTAssertEqual(driver.lines(4...10), """
             3┌─ E-mail: Welcome new members ────────────────────────────────────────────────────────────────┐ │
             4│ Subject Welcome to {program}, {name}!                                                        │ │
             5│ Body                                                                                         │ │
             6│ Hi {name},                                                                                   │ │
             7│                                                                                              │ │
             8│ You are now a member of {program}. You have {balance} {points_name} to start with.           │ │
             9│                                                                                              │t│
            """)
        XCTAssertFalse(driver.screen.contains("\\n"), "no line break is shown as \\n")
    }

    func testEnterStartsANewLineAndCtrlSSavesTheLinesAsTheyWillBeSent() throws {
        let driver = try editWelcome()
        driver.press(.tab, .down, .down, .end)
        driver.type(" Bye!")
        driver.press(.enter)
        driver.type("Anna")
        XCTAssertNotNil(driver.state.form, "Enter in the body starts a line; it does not save")
        XCTAssertTrue(driver.lines[9].contains("│ You are now a member of {program}. You have {balance} {points_name} to start with. Bye!"),
                      driver.screen)
        XCTAssertTrue(driver.lines[10].contains("│ Anna "), driver.screen)
        XCTAssertEqual(driver.dashboard.render().cursor.map { [$0.x, $0.y] }, [8, 10], "the cursor after Anna")
        XCTAssertEqual(driver.lines[29], "^S Save  Esc Cancel  Enter New line  Tab Next field  PgUp/PgDn Page up/down")
        driver.press(.ctrl("s"))
        XCTAssertNil(driver.state.form)
        XCTAssertEqual(try driver.store.emailAutomations().first?.template.body,
                       "Hi {name},\n\nYou are now a member of {program}. You have {balance} {points_name} to start with. Bye!\nAnna\n")
    }

    func testBackspaceAtTheStartOfALineJoinsItToTheLineAbove() throws {
        let driver = try editWelcome()
        driver.press(.tab, .down, .down, .backspace, .backspace)
        driver.press(.ctrl("s"))
        XCTAssertEqual(try driver.store.emailAutomations().first?.template.body,
                       "Hi {name},You are now a member of {program}. You have {balance} {points_name} to start with.\n")
    }

    func testUpAndDownMoveThroughTheLinesAndLeaveTheBodyAtItsEnds() throws {
        let driver = try editWelcome()
        driver.press(.tab)
        XCTAssertEqual(driver.state.form?.focused, 1)
        driver.press(.up)
        XCTAssertEqual(driver.state.form?.focused, 0, "↑ on the first line goes to the subject")
        driver.press(.down, .down, .down, .down)
        XCTAssertEqual(driver.state.form?.focused, 1, "↓ stays in the body while it has lines below")
        driver.press(.down)
        XCTAssertEqual(driver.state.form?.focused, 0, "↓ on the last line goes on to the next field")
    }

    func testALongBodyScrollsToKeepTheCursorLineInSight() throws {
        let driver = try editWelcome(width: 80, height: 16)
        driver.press(.tab)
        for n in 1...20 { driver.type("line \(n)"); driver.press(.enter) }
        driver.type("the end")
        let screen = driver.screen
        XCTAssertTrue(screen.contains("│ the endHi {name},"), screen)
        XCTAssertFalse(screen.contains("line 1 "), "the first lines scrolled out of sight\n\(screen)")
        let cursor = try XCTUnwrap(driver.dashboard.render().cursor)
        XCTAssertTrue(driver.lines[cursor.y].contains("the end"), "the cursor is on the last line typed")
        driver.press(.pageUp, .pageUp, .pageUp, .pageUp)
        XCTAssertTrue(driver.screen.contains("│ line 1 "), "PgUp scrolls back to the first lines\n\(driver.screen)")
        driver.press(.ctrl("s"))
        XCTAssertEqual(try driver.store.emailAutomations().first?.template.body.components(separatedBy: "\n").count, 20 + 4,
                       "20 lines typed above the old body's four")
    }

    func testWideCharactersMoveTheCursorTwoColumns() throws {
        let driver = try editWelcome()
        driver.press(.tab)
        driver.type("山田 ")
        XCTAssertTrue(driver.lines[7].contains("│ 山田 Hi {name},"), driver.screen)
        XCTAssertEqual(driver.dashboard.render().cursor.map { [$0.x, $0.y] }, [9, 7], "two columns for each of 山 and 田, one for the space")
    }

    func testOnEverySizeTheCursorStaysOnTheScreenAndInTheBody() throws {
        let driver = try editWelcome()
        driver.press(.tab, .down, .down, .end, .enter)
        driver.type("山田")
        for (width, height) in [(40, 12), (41, 13), (60, 16), (80, 24), (200, 60)] {
            driver.resize(width: width, height: height)
            driver.press(.left, .right)
            let (grid, cursor) = driver.dashboard.render()
            let position = try XCTUnwrap(cursor, "\(width)×\(height): the cursor is shown\n\(grid.text())")
            XCTAssertTrue((0..<width).contains(position.x) && (0..<height).contains(position.y), "\(width)×\(height): \(position)")
            XCTAssertTrue(grid.line(position.y).contains("山田"), "\(width)×\(height): the cursor is on the line typed\n\(grid.text())")
        }
    }
}
