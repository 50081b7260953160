import LoyaltyTUI
import Terminal
import XCTest

final class ListViewTests: XCTestCase {
    private let members = (1...20).map { "Member \($0)" }

    func testMovingDownPastTheBottomScrollsJustEnoughToKeepTheSelectionVisible() {
        var state = ListState()
        for _ in 0..<6 { state.move(by: 1, count: members.count, visibleRows: 4) }
        XCTAssertEqual(state.selected, 6)
        XCTAssertEqual(state.offset, 3)
        let grid = render(state, rows: 4)
        XCTAssertEqual(grid.text(), " Member 4\n Member 5\n Member 6\n Member 7")
        XCTAssertTrue(grid[x: 0, y: 3].style.attributes.contains(.reverse), "Member 7 is highlighted")
    }

    func testPagingAndJumpingStayInsideTheList() {
        var state = ListState()
        state.move(by: 100, count: members.count, visibleRows: 4)
        XCTAssertEqual(state.selected, 19)
        XCTAssertEqual(state.offset, 16)
        state.move(by: -4, count: members.count, visibleRows: 4)
        XCTAssertEqual(state.selected, 15)
        XCTAssertEqual(state.offset, 15)
        state.select(-3, count: members.count, visibleRows: 4)
        XCTAssertEqual(state.selected, 0)
        XCTAssertEqual(state.offset, 0)
    }

    func testAfterTheTerminalShrinksTheSelectionIsStillOnScreen() {
        var state = ListState()
        state.select(9, count: members.count, visibleRows: 10)
        XCTAssertEqual(state.offset, 0)
        let grid = render(state, rows: 3)
        XCTAssertEqual(grid.line(2), " Member 10")
        XCTAssertTrue(grid[x: 0, y: 2].style.attributes.contains(.reverse))
    }

    func testAnEmptyListDrawsNoSelection() {
        let grid = render(ListState(), rows: 2, items: [])
        XCTAssertEqual(grid.text(), "\n")
        XCTAssertFalse(grid[x: 0, y: 0].style.attributes.contains(.reverse))
    }

    private func render(_ state: ListState, rows: Int, items: [String]? = nil) -> CellGrid {
        var grid = CellGrid(width: 12, height: rows)
        ListView(items: items ?? members, state: state)
            .render(in: Rect(width: 12, height: rows), on: &grid, theme: .monochrome)
        return grid
    }
}
