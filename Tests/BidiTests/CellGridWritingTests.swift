import Terminal
import XCTest

/// Where text meets the cell grid: each run reordered by itself, cut in logical order first, and
/// right to left the whole grid mirrored.
final class CellGridWritingTests: XCTestCase {
    func testEachCellOfARowIsReorderedByItself() {
        var grid = CellGrid(width: 30, height: 1)
        grid.write("שלום כהן", x: 0, y: 0, width: 10, style: .plain, alignment: .left)
        grid.write("shalom@example.org", x: 10, y: 0, width: 20, style: .plain, alignment: .left)
        XCTAssertEqual(grid.line(0), "ןהכ םולש  shalom@example.org", "the name stays in its column")
    }

    func testTextIsCutInLogicalOrderThenReordered() {
        var grid = CellGrid(width: 6, height: 1)
        grid.write("שלום כהן", x: 0, y: 0, width: 6, style: .plain, alignment: .left)
        XCTAssertEqual(grid.line(0), "םולש …", "the first name kept, the family name cut")
        var rightToLeft = CellGrid(width: 6, height: 1, writing: .rightToLeft)
        rightToLeft.write("שלום כהן", x: 0, y: 0, width: 6, style: .plain, alignment: .left)
        XCTAssertEqual(rightToLeft.mirrored().line(0), "… םולש", "right to left the ellipsis ends the line on the left")
    }

    func testRightToLeftLeftAlignedTextEndsUpOnTheRight() {
        var grid = CellGrid(width: 12, height: 2, writing: .rightToLeft)
        grid.write("שלום", x: 0, y: 0, width: 12, style: .plain, alignment: .left)
        grid.write("42", x: 0, y: 1, width: 12, style: .plain, alignment: .right)
        XCTAssertEqual(grid.mirrored().text(), "        םולש\n42")
    }

    func testWideCharactersAndBordersSurviveTheMirror() {
        var grid = CellGrid(width: 8, height: 2, writing: .rightToLeft)
        grid.write("┌", count: 1, x: 0, y: 0, style: .plain)
        grid.write("─", count: 6, x: 1, y: 0, style: .plain)
        grid.write("┐", count: 1, x: 7, y: 0, style: .plain)
        grid.write("山田 ok", x: 0, y: 1, style: .plain)
        let mirrored = grid.mirrored()
        XCTAssertEqual(mirrored.text(), "┌──────┐\n 山田 ok", "one left-to-right run keeps its order, moved to the right")
        XCTAssertTrue(mirrored[x: 1, y: 1].character == "山" && mirrored[x: 2, y: 1].isContinuation)
    }

    func testWithReorderingOffTextIsSentInStoredOrder() {
        var grid = CellGrid(width: 10, height: 1, writing: WritingMode(isRightToLeft: false, reordersText: false))
        grid.write("שלום", x: 0, y: 0, style: .plain)
        XCTAssertEqual(grid.line(0), "שלום")
        var mirrored = CellGrid(width: 10, height: 1, writing: WritingMode(isRightToLeft: true, reordersText: false))
        mirrored.write("שלום", x: 0, y: 0, style: .plain)
        XCTAssertEqual(mirrored.mirrored().line(0), "      שלום", "on the right, for the terminal to reorder")
    }
}
