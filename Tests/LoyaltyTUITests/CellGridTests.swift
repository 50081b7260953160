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

    func testStylesAreKeptPerCell() {
        var grid = CellGrid(width: 4, height: 1)
        let bold = CellStyle(attributes: [.bold])
        grid.write("ab", x: 1, y: 0, style: bold)
        XCTAssertEqual(grid[x: 0, y: 0].style, .plain)
        XCTAssertEqual(grid[x: 1, y: 0].style, bold)
        XCTAssertEqual(grid[x: 2, y: 0].style, bold)
    }
}
