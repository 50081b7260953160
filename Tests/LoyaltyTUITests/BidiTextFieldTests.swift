import LoyaltyTUI
import Terminal
import XCTest

/// Editing Hebrew in a one-line field: the letters in reading order, the cursor where the next
/// letter will appear, and ← → moving the way they point on screen.
final class BidiTextFieldTests: XCTestCase {
    private func shown(_ field: TextField, width: Int = 12, writing: WritingMode = .leftToRight) -> (line: String, cursor: Int?) {
        var grid = CellGrid(width: width, height: 1, writing: writing)
        let cursor = field.render(in: Rect(width: width, height: 1), on: &grid, theme: .monochrome, focused: true)
        let final = writing.isRightToLeft ? grid.mirrored() : grid
        return (final.line(0), cursor.map { writing.isRightToLeft ? grid.mirroredColumn($0.x) : $0.x })
    }

    func testHebrewTypedAfterLatinGrowsLeftwardsInALeftToRightField() {
        var field = TextField("Zoë ")
        for letter in "שלו" { field.insert(letter) }
        XCTAssertEqual(shown(field).line, "Zoë ולש")
        XCTAssertEqual(shown(field).cursor, 4, "on ו, the last letter typed: the next one appears on its left")
        field.insert("ם")
        XCTAssertEqual(shown(field).line, "Zoë םולש")
        XCTAssertEqual(field.value, "Zoë שלום")
    }

    func testArrowsMoveAlongTheScreenNotAlongTheStoredText() {
        var field = TextField("ab שלום")   // on screen: "ab םולש"
        field.moveLeft()
        XCTAssertEqual(field.cursor, 2, "from the end (at ם) ← goes to the space, left of the Hebrew word")
        field.moveEnd()
        for _ in 0..<3 { field.moveRight() }
        XCTAssertEqual(field.cursor, 4, "→ walks the Hebrew word rightwards, towards its first letters")
        XCTAssertEqual(shown(field).cursor, 5, "on ל")
        field.moveRight()
        field.moveRight()
        XCTAssertEqual(field.cursor, 3, "ש, the word's first letter, is the rightmost place")
        XCTAssertEqual(shown(field).cursor, 6)
    }

    func testInARightToLeftFieldTheTextStartsOnTheRightAndTheCursorFollowsIt() {
        var field = TextField("")
        for letter in "שלום" { field.insert(letter) }
        XCTAssertEqual(shown(field, width: 8, writing: .rightToLeft).line, "    םולש")
        XCTAssertEqual(shown(field, width: 8, writing: .rightToLeft).cursor, 3, "just left of the word")
        field.moveHome()
        XCTAssertEqual(shown(field, width: 8, writing: .rightToLeft).cursor, 7, "Home: on ש, at the right end")
        field.moveEnd()
        field.insert(" ")
        for character in "zoe@example.com" { field.insert(character) }
        XCTAssertEqual(shown(field, width: 24, writing: .rightToLeft).line, "    zoe@example.com םולש", "the e-mail reads left to right")
    }

    func testALongHebrewValueIsCutInStoredOrderAroundTheCursor() {
        let field = TextField("שלום כהן ועוד")   // the cursor at the end: the start scrolls away
        XCTAssertEqual(shown(field, width: 8).line, "דועו ןה")
        XCTAssertEqual(shown(field, width: 8, writing: .rightToLeft).line, " דועו ןה")
    }

    func testInATextOfSeveralLinesTheCursorFollowsHebrewToTheLeft() {
        var area = TextArea("Dear ")
        area.moveEnd()
        for letter in "שלו" { area.insert(letter) }
        var grid = CellGrid(width: 16, height: 2)
        let cursor = area.render(in: Rect(width: 16, height: 2), on: &grid, theme: .monochrome, focused: true)
        XCTAssertEqual(grid.line(0), "Dear ולש")
        XCTAssertEqual(cursor?.x, 5, "on ו, the last letter typed")
        area.moveLeft()
        XCTAssertEqual(area.column, 4, "← from the end of the Hebrew word goes to the space on its left")
        area.moveRight()
        area.moveRight()
        XCTAssertEqual(area.column, 7, "→ goes to the end (on ו), then before ו: the same cell, where a letter typed would go between ל and ו")
    }
}
