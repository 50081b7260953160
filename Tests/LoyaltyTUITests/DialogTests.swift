import LoyaltyTUI
import Terminal
import XCTest

final class DialogTests: XCTestCase {
    func testAConfirmationIsCentredWithTheChosenButtonHighlighted() {
        var grid = CellGrid(width: 40, height: 9)
        Dialog(title: "Delete member?", message: "Zoë will lose all 1200 points for good.",
               buttons: ["Cancel", "Delete"], selectedButton: 1)
            .render(in: Rect(width: 40, height: 9), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), """

            ┌─ Delete member? ─────────────────────┐
            │                                      │
            │ Zoë will lose all 1200 points for    │
            │ good.                                │
            │                                      │
            │        [ Cancel ]  [ Delete ]        │
            └──────────────────────────────────────┘

            """)
        let buttonRow = (0..<grid.height).first { grid.line($0).contains("[ Delete ]") }!
        let deleteX = Array(grid.line(buttonRow)).firstIndex(of: "D")!
        XCTAssertTrue(grid[x: deleteX, y: buttonRow].style.attributes.contains(.reverse))
    }
}
