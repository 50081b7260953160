import LoyaltyTUI
import Terminal
import XCTest

final class TableViewTests: XCTestCase {
    private let columns = [
        TableColumn("Name", width: .length(8)),
        TableColumn("Tier", width: .length(6)),
        TableColumn("Points", width: .min(6), alignment: .right),
    ]

    func testColumnsStayAlignedWhateverTheScriptOfTheName() {
        let rows = [["Zoë", "Gold", "1200"], ["שלום", "Silver", "85"], ["山田", "Bronze", "7"],
                    ["山田太郎次郎", "Gold", "12"]]
        var grid = CellGrid(width: 22, height: 5)
        TableView(columns: columns, rows: rows, state: ListState())
            .render(in: Rect(width: 22, height: 5), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), """
            Name     Tier   Points
            Zoë      Gold     1200
            שלום     Silver     85
            山田     Bronze      7
            山田太…  Gold       12
            """)
        for (y, row) in zip(1..., rows) {
            XCTAssertEqual(grid[x: 9, y: y].character, row[1].first, "Tier starts in column 9 on row \(y)")
        }
    }

    func testTheHeaderTakesOneRowAndTheRestAreBodyRows() {
        XCTAssertEqual(TableView.visibleRows(in: Rect(width: 40, height: 10)), 9)
        XCTAssertEqual(TableView.visibleRows(in: Rect(width: 40, height: 0)), 0)
    }

    func testTheSelectedRowIsReverseVideoInMonochromeAcrossTheWholeRow() {
        var grid = CellGrid(width: 22, height: 3)
        TableView(columns: columns, rows: [["a", "b", "1"], ["c", "d", "2"]], state: ListState(selected: 1))
            .render(in: Rect(width: 22, height: 3), on: &grid, theme: .monochrome)
        XCTAssertTrue(grid[x: 0, y: 2].style.attributes.contains(.reverse))
        XCTAssertTrue(grid[x: 21, y: 2].style.attributes.contains(.reverse))
        XCTAssertFalse(grid[x: 0, y: 1].style.attributes.contains(.reverse))
    }
}
