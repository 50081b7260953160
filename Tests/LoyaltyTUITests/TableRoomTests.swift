import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

/// Every table of every section (and a member's activity), at three terminal sizes, on a demo
/// programme and on the test shop: a cell cut with "…" while a column of the same table has room
/// to spare is a failure.
final class TableRoomTests: XCTestCase {
    static let sizes = [(80, 24), (100, 30), (160, 45)]

    func testNoCellIsCutWhileAnotherColumnHasRoomInAnySectionOfTheDemo() throws {
        let store = try Store.inMemory(actor: "anna")
        store.now = { DashboardDriver.shopDay }
        _ = try store.buildDemo(DemoOptions(members: 40, seed: 3, days: 60))
        try checkEverySection(try DashboardDriver(store: store))
    }

    func testNoCellIsCutWhileAnotherColumnHasRoomInAnySectionOfTheTestShop() throws {
        let shop = try DashboardDriver.launchedShop()
        _ = try shop.store.addCampaign(Campaign(name: "Double Stars in spring", multiplier: 200, starts: DashboardDriver.shopDay,
                                                ends: DashboardDriver.shopDay.addingTimeInterval(7 * 86_400),
                                                ruleIDs: shop.store.rules().map(\.id)))
        _ = try shop.store.addTier(Tier(name: "Gold", threshold: 500, multiplier: 150))
        try checkEverySection(try DashboardDriver(store: shop.store))
    }

    /// The check itself fails on a table drawn with a column wider than its contents beside a cut cell.
    func testTheCheckSeesACutCellBesideSpareRoom() {
        func table(_ lines: [String]) -> CellGrid {
            var grid = CellGrid(width: 20, height: 4)
            grid.fill(x: 0, y: 0, width: 16, height: 1, style: Theme.monochrome[.columnHeader])
            for (y, text) in lines.enumerated() {
                grid.write(text, x: 0, y: y, style: y == 0 ? Theme.monochrome[.columnHeader] : .plain)
            }
            return grid
        }
        XCTAssertEqual(Self.cutBesideRoom(in: table(["Name   Note", "Zoë J… ok", "Ann    fine"])).count, 1)
        XCTAssertEqual(Self.cutBesideRoom(in: table(["Name       Note", "Zoë Jansen ok", "Ann        fine"])).count, 0,
                       "blank past the last column's text is room only when every row leaves it blank")
        XCTAssertEqual(Self.cutBesideRoom(in: table(["Name  Note", "Zoë … a long no…"])).count, 0)
    }

    private func checkEverySection(_ driver: DashboardDriver, file: StaticString = #filePath, line: UInt = #line) throws {
        for (width, height) in Self.sizes {
            driver.resize(width: width, height: height)
            var screens = Section.allCases.map { section in (section.title, section.keys) }
            screens.append(("a member's activity", [.character("7"), .enter]))
            for (name, keys) in screens {
                for key in keys { driver.press(key) }
                let grid = driver.dashboard.render().grid
                if keys.count > 1 { XCTAssertTrue(grid.text().contains("Reason"), "the member's activity is shown\n\(grid.text())") }
                for problem in Self.cutBesideRoom(in: grid) {
                    XCTFail("\(width)×\(height) \(name): \(problem)\n\(grid.text())", file: file, line: line)
                }
            }
            driver.press(.escape)
        }
    }

    /// The tables on `grid` (found by their header row, drawn in the column-header style; a table
    /// ends at its first blank row) that cut a cell while some column has a blank strip of more
    /// than the one cell between columns, or a blank last column: room it does not use.
    static func cutBesideRoom(in grid: CellGrid) -> [String] {
        let header = Theme.monochrome[.columnHeader]
        var problems: [String] = []
        for y in 0..<grid.height {
            guard let left = (0..<grid.width).first(where: { grid[x: $0, y: y].style == header }) else { continue }
            let right = (left..<grid.width).first { grid[x: $0, y: y].style != header } ?? grid.width
            var rows = [y]
            while let next = rows.last.map({ $0 + 1 }), next < grid.height,
                  (left..<right).contains(where: { !isBlank(grid[x: $0, y: next]) }) {
                rows.append(next)
            }
            let blank = (left..<right).map { x in rows.allSatisfy { isBlank(grid[x: x, y: $0]) } }
            let spare = blank.last == true || zip(blank, blank.dropFirst()).contains { $0 && $1 }
            let cut = rows.filter { row in
                (left..<right).contains { x in
                    grid[x: x, y: row].character == "…" && (x + 1 == right || blank[x + 1 - left])
                }
            }
            if spare && !cut.isEmpty {
                problems.append("rows \(cut) cut a cell while a column has room:\n"
                                + rows.map { grid.line($0) }.joined(separator: "\n"))
            }
        }
        return problems
    }

    private static func isBlank(_ cell: Cell) -> Bool { cell.character == " " && !cell.isContinuation }
}
