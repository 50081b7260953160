import LoyaltyTUI
import Terminal
import XCTest

final class TextAreaTests: XCTestCase {
    func testTheTextIsItsLinesJoinedByLineBreaks() {
        XCTAssertEqual(TextArea("Hi {name},\n\nBye\n").lines.count, 4)
        XCTAssertEqual(TextArea("Hi {name},\n\nBye\n").text, "Hi {name},\n\nBye\n")
        XCTAssertEqual(TextArea("").lines, [[]])
    }

    func testEnterSplitsTheLineAndBackspaceAtItsStartJoinsItAgain() {
        var area = TextArea("Hi Zoë, welcome")
        for _ in 0..<7 { area.moveRight() }
        area.newline()
        XCTAssertEqual(area.text, "Hi Zoë,\n welcome")
        XCTAssertEqual([area.row, area.column], [1, 0])
        area.backspace()
        XCTAssertEqual(area.text, "Hi Zoë, welcome")
        XCTAssertEqual([area.row, area.column], [0, 7])
    }

    func testDeleteAtTheEndOfALineJoinsTheNextOne() {
        var area = TextArea("one\ntwo")
        area.moveEnd()
        area.delete()
        XCTAssertEqual(area.text, "onetwo")
    }

    func testLeftAndRightGoOnAcrossLineEndsAndUpDownKeepTheColumnWhereTheyCan() {
        var area = TextArea("山田 太郎\nab\nlonger line")
        area.moveEnd()
        area.moveRight()
        XCTAssertEqual([area.row, area.column], [1, 0])
        area.moveLeft()
        XCTAssertEqual([area.row, area.column], [0, 5], "five graphemes, wide or not")
        area.moveLines(by: 1)
        XCTAssertEqual([area.row, area.column], [1, 2], "the short line ends first")
        area.moveLines(by: 5)
        XCTAssertEqual(area.row, 2)
        area.moveLines(by: -9)
        XCTAssertEqual(area.row, 0)
    }

    func testItScrollsDownAndSidewaysToShowTheCursorAndMarksLinesGoingOn() {
        var area = TextArea((1...6).map { "line \($0) of a body" }.joined(separator: "\n"))
        area.moveLines(by: 5)
        area.moveEnd()
        area.scrollToCursor(rows: 3)
        var grid = CellGrid(width: 12, height: 3)
        let cursor = area.render(in: Rect(width: 12, height: 3), on: &grid, theme: .monochrome, focused: true)
        XCTAssertEqual(grid.text(), """
            4 of a body
            5 of a body
            6 of a body
            """, "lines 4 to 6, scrolled by the 6 columns the cursor needs")
        XCTAssertEqual(cursor.map { [$0.x, $0.y] }, [11, 2])
        area.moveHome()
        var home = CellGrid(width: 12, height: 3)
        area.render(in: Rect(width: 12, height: 3), on: &home, theme: .monochrome, focused: true)
        XCTAssertEqual(home.line(0), "line 4 of a›")
    }

    func testWideCharactersTakeTwoColumnsAndAreNeverSplit() {
        var area = TextArea("山田太郎です")
        area.moveEnd()
        var grid = CellGrid(width: 6, height: 1)
        let cursor = area.render(in: Rect(width: 6, height: 1), on: &grid, theme: .monochrome, focused: true)
        XCTAssertEqual(grid.line(0), " です", "郎 would show only its right half: a blank takes its place")
        XCTAssertEqual(cursor.map(\.x), 5, "after です, in the last column")
    }
}
