import LoyaltyTUI
import Terminal
import XCTest

final class ChartTests: XCTestCase {
    func testBarChartScalesToTheLargestValueInEighths() {
        var grid = CellGrid(width: 8, height: 3)
        BarChart(values: [0, 1, 4, 8, 2, 6]).render(in: Rect(width: 8, height: 3), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), """
            max 8
               █ ▄
             ▂██▄█
            """)
    }

    func testBarChartShowsTheNewestValuesWhenNarrow() {
        var grid = CellGrid(width: 3, height: 2)
        BarChart(values: [8, 8, 8, 0, 4, 8], maxLabel: "top").render(in: Rect(width: 3, height: 2), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), "top\n ▄█")
    }

    func testThirtyDaysFitThirtyColumns() {
        var grid = CellGrid(width: 30, height: 5)
        let days = (1...30).map { $0 * 10 }
        BarChart(values: days).render(in: Rect(width: 30, height: 5), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.line(0), "max 300")
        XCTAssertEqual(grid.line(4).count, 30)
        XCTAssertEqual(grid.line(1).last, "█", "the last day is the tallest")
    }

    func testSparkline() {
        var grid = CellGrid(width: 9, height: 1)
        Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8]).render(in: Rect(width: 9, height: 1), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), " ▁▂▃▄▅▆▇█")
    }

    func testMembersPerTier() {
        var grid = CellGrid(width: 24, height: 3)
        HorizontalBar(rows: [("Bronze", 120), ("Silver", 65), ("Gold", 12)])
            .render(in: Rect(width: 24, height: 3), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), """
            Bronze █████████████ 120
            Silver ███████        65
            Gold   █▎             12
            """)
    }
}
