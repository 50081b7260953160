import Terminal
import XCTest

final class CellGridTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndTheTextReadsBackWhole() {
        var grid = CellGrid(width: 10, height: 1)
        let used = grid.write("山田 Zoë", x: 0, y: 0)
        XCTAssertEqual(used, 8)
        XCTAssertEqual(grid.text(), "山田 Zoë")
        XCTAssertEqual(grid[x: 0, y: 0].character, "山")
        XCTAssertTrue(grid[x: 1, y: 0].isContinuation)
        XCTAssertEqual(grid[x: 5, y: 0].character, "Z")
    }

    func testCombiningMarksStayOnTheirLetter() {
        var grid = CellGrid(width: 5, height: 1)
        grid.write("Zoe\u{0308}!", x: 0, y: 0)
        XCTAssertEqual(grid[x: 2, y: 0].character, "e\u{0308}")
        XCTAssertEqual(grid[x: 3, y: 0].character, "!")
    }

    func testControlCharactersAndEscapeSequencesAreNeverWrittenRaw() {
        var grid = CellGrid(width: 20, height: 1)
        grid.write("a\u{1B}[31mred\tb\r\nc\u{7}", x: 0, y: 0)
        XCTAssertEqual(grid.text(), "a\u{FFFD}[31mred\u{FFFD}b\u{FFFD}c\u{FFFD}")
        for x in 0..<grid.width {
            let scalars = grid[x: x, y: 0].character.unicodeScalars
            XCTAssertFalse(scalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "cell \(x)")
        }
    }

    func testALoneCombiningMarkIsShownOnADottedCircle() {
        var grid = CellGrid(width: 3, height: 1)
        grid.write("\u{0301}x", x: 0, y: 0)
        XCTAssertEqual(grid.text(), "\u{25CC}\u{0301}x")
    }

    func testWritesStopAtTheEdgeAndAtMaxWidthWithoutHalfACharacter() {
        var grid = CellGrid(width: 5, height: 2)
        grid.write("abcdefgh", x: 2, y: 0)
        grid.write("山田", x: 0, y: 1, maxWidth: 3)
        XCTAssertEqual(grid.text(), "  abc\n山")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(width: 4, height: 1)
        grid.write("山田", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        XCTAssertEqual(grid.text(), " x田")
        grid.write("y", x: 2, y: 0)
        XCTAssertEqual(grid.text(), " xy")
        XCTAssertFalse(grid[x: 3, y: 0].isContinuation)
    }

    func testTextStartingLeftOfTheGridShowsThePartInside() {
        var grid = CellGrid(width: 5, height: 2)
        XCTAssertEqual(grid.write("abcdef", x: -2, y: 0), 6, "columns from x, off the grid too")
        grid.write("ab山d", x: -3, y: 1)
        XCTAssertEqual(grid.text(), "cdef\n d", "a wide character half off the edge is left out")
    }

    func testTextInAFieldIsCutWithAnEllipsisAndAlignedAndLeavesTheRestOfTheFieldAlone() {
        var grid = CellGrid(width: 12, height: 5)
        grid.fill(x: 0, y: 0, width: 12, height: 5, style: .plain)
        for y in 0..<5 { grid.write("............", x: 0, y: y) }
        grid.write("Jansen", x: 1, y: 0, width: 10, style: .plain, alignment: .right)
        grid.write("Jansen", x: 1, y: 1, width: 10, style: .plain, alignment: .center)
        grid.write("Zoë Jansen-Smit", x: 1, y: 2, width: 10, style: .plain, alignment: .right)
        grid.write("山田太郎次郎", x: 1, y: 3, width: 10, style: .plain, alignment: .right)
        grid.write("Zoe Jansen-Smit", x: 1, y: 4, width: 10, style: .plain, alignment: .left)
        XCTAssertEqual(grid.text(), """
            .....Jansen.
            ...Jansen...
            .Zoë Janse….
            ..山田太郎….
            .Zoe Janse….
            """)
    }

    func testARepeatedCharacterFillsItsColumnsAndStopsAtTheEdge() {
        var grid = CellGrid(width: 6, height: 2)
        XCTAssertEqual(grid.write("─", count: 4, x: 1, y: 0, style: .plain), 4)
        XCTAssertEqual(grid.write("山", count: 4, x: 1, y: 1, style: .plain), 4, "two whole wide characters fit, not half a third")
        XCTAssertEqual(grid.text(), " ────\n 山山")
    }

    func testStylesAreKeptPerCell() {
        var grid = CellGrid(width: 4, height: 1)
        let bold = CellStyle(attributes: [.bold])
        grid.write("ab", x: 1, y: 0, style: bold)
        XCTAssertEqual(grid[x: 0, y: 0].style, .plain)
        XCTAssertEqual(grid[x: 1, y: 0].style, bold)
        XCTAssertEqual(grid[x: 2, y: 0].style, bold)
    }
}
