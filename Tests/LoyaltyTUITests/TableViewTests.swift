import LoyaltyTUI
import Terminal
import XCTest

final class TableViewTests: XCTestCase {
    private let columns = [
        TableColumn("Name"),
        TableColumn("Tier"),
        TableColumn("Points", width: .flexible(min: 6), alignment: .right),
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
            םולש     Silver     85
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

    private func render(_ columns: [TableColumn], _ rows: [[String]], width: Int) -> String {
        var grid = CellGrid(width: width, height: rows.count + 1)
        TableView(columns: columns, rows: rows, state: ListState()).render(in: Rect(width: width, height: rows.count + 1), on: &grid, theme: .monochrome)
        return grid.text()
    }

    func testEachColumnIsAsWideAsItsWidestCellAndTheFlexibleOneTakesTheRest() {
        let columns = [TableColumn("Reward"), TableColumn("Gives", width: .flexible()), TableColumn("On")]
        XCTAssertEqual(render(columns, [["Free cake", "a free CAKE", "On"], ["€5 off", "5.00 EUR off", "Off"]], width: 40), """
            Reward    Gives                      On
            Free cake a free CAKE                On
            €5 off    5.00 EUR off               Off
            """)
    }

    func testWhenSpaceIsShortTheWidestColumnsGiveWayFirst() {
        let columns = [TableColumn("Name"), TableColumn("E-mail", width: .flexible()), TableColumn("Balance", alignment: .right)]
        XCTAssertEqual(render(columns, [["Zoë Jansen-de Vries", "zoe.jansen-de-vries@example.com", "120"]], width: 40), """
            Name             E-mail          Balance
            Zoë Jansen-de V… zoe.jansen-de-…     120
            """)
    }

    func testAColumnCutAtItsMaximumShowsMoreWhenTheOthersHaveAllTheyNeed() {
        let columns = [TableColumn("Name", width: .fit(max: 6)), TableColumn("Note", width: .flexible())]
        XCTAssertEqual(render(columns, [["Zoë Jansen", "ok"]], width: 20).components(separatedBy: "\n")[1], "Zoë Jansen ok")
        XCTAssertEqual(render(columns, [["Zoë Jansen", "a long note indeed"]], width: 20).components(separatedBy: "\n")[1],
                       "Zoë J… a long note …")
    }

    func testBelowEveryColumnsMinimumTheLastColumnsShrinkFirst() {
        let columns = [TableColumn("Name", width: .fit(min: 8)), TableColumn("E-mail", width: .fit(min: 8))]
        XCTAssertEqual(render(columns, [["Zoë Jansen", "zoe@example.com"]], width: 12), """
            Name     E-…
            Zoë Jan… zo…
            """)
    }
}
