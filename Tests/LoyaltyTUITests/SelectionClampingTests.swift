import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import LoyaltyTUI
import Terminal
import XCTest

/// A list's selection is clamped when it is drawn and used, as ratatui's list state is: after
/// rows were deleted or the terminal shrank, the last row there is shows as selected, and the
/// keys act on the row drawn.
final class SelectionClampingTests: XCTestCase {
    func testASelectionPastTheEndIsDrawnOnTheLastRow() {
        var grid = CellGrid(width: 12, height: 4)
        TableView(columns: [TableColumn("Name")], rows: [["Ann"], ["Bo"], ["Cy"]], state: ListState(selected: 9))
            .render(in: Rect(width: 12, height: 4), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.line(3), "Cy")
        XCTAssertTrue(grid[x: 0, y: 3].style.attributes.contains(.reverse), "Cy, the last row, is selected")
    }

    func testMovingUpFromPastTheEndMovesFromTheRowDrawn() {
        var list = ListState(selected: 9)
        list.move(by: -1, count: 3, visibleRows: 3)
        XCTAssertEqual(list.selected, 1)
    }

    /// The row of the screen whose text contains `text`, and whether it is drawn selected.
    private func row(_ driver: DashboardDriver, containing text: String) throws -> (line: String, selected: Bool) {
        let grid = driver.dashboard.render().grid, lines = driver.lines
        let y = try XCTUnwrap(lines.firstIndex { $0.contains(text) }, "\(text) on screen:\n\(driver.screen)")
        let x = lines[y].prefix { $0 != "│" }.count + 1
        return (lines[y], grid[x: x + 1, y: y].style.attributes.contains(.reverse))
    }

    func testDeletingTheLastRowLeavesTheRowAboveSelectedAndItsKeysActOnIt() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("4"), .character("G"))
        XCTAssertTrue(try row(driver, containing: "Free cake").selected)
        driver.press(.character("d"), .character("y"))
        XCTAssertEqual(try driver.store.rewards().map(\.name), ["€5 off"])
        XCTAssertTrue(try row(driver, containing: "€5 off").selected)
        driver.press(.character("e"))
        XCTAssertEqual(driver.state.form?.title, "Edit reward €5 off")
    }

    func testRowsDeletedElsewhereNeverLeaveTheSelectionPastTheEnd() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("4"), .character("G"))
        try driver.store.deleteReward(id: try XCTUnwrap(driver.store.rewards().last).id)
        driver.press(.character("r"))
        XCTAssertTrue(try row(driver, containing: "€5 off").selected)
        driver.press(.character(" "))
        XCTAssertEqual(driver.state.message?.text, "\"€5 off\" is off: members cannot redeem it until you switch it on again")
    }

    func testShrinkingTheTerminalKeepsTheSelectedLineOnScreen() throws {
        let driver = try DashboardDriver(height: 40) { store in
            for n in 1...20 { try store.updateProgram(ProgramUpdate(name: "Café Aurora \(n)")) }
        }
        driver.press(.character("0"), .character("G"))
        let oldest = try XCTUnwrap(driver.store.auditEntries(limit: 1000).last)
        let action = Localizer.english.auditAction(oldest.action)
        XCTAssertTrue(try row(driver, containing: action).selected)
        driver.resize(width: 100, height: 14)
        XCTAssertTrue(driver.screen.contains("#\(oldest.id) "), "the selected line in full below the table:\n\(driver.screen)")
        let selected = (2..<(driver.state.height - 2)).filter { y in
            driver.dashboard.render().grid[x: 22, y: y].style.attributes.contains(.reverse)
        }
        XCTAssertEqual(selected.count, 1, driver.screen)
        XCTAssertTrue(driver.lines[selected[0]].contains(action), driver.screen)
    }
}
