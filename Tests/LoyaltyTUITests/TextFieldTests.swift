import LoyaltyTUI
import Terminal
import XCTest

final class TextFieldTests: XCTestCase {
    func testEditingMovesByWholeCharactersInAnyScript() {
        var field = TextField("山田")
        field.insert("ë")
        XCTAssertEqual(field.value, "山田ë")
        field.moveLeft()
        field.moveLeft()
        field.backspace()
        XCTAssertEqual(field.value, "田ë")
        XCTAssertEqual(field.cursor, 0)
        field.insert("Z")
        field.insert("o")
        XCTAssertEqual(field.value, "Zo田ë")
        field.delete()
        XCTAssertEqual(field.value, "Zoë")
        field.moveEnd()
        field.insert("👍🏽")
        XCTAssertEqual(field.value, "Zoë👍🏽")
        field.backspace()
        XCTAssertEqual(field.value, "Zoë", "the emoji and its skin tone go together")
        field.moveHome()
        field.backspace()
        field.moveRight()
        XCTAssertEqual(field.cursor, 1)
        field.moveEnd()
        field.moveRight()
        XCTAssertEqual(field.cursor, 3)
    }

    func testACombiningMarkTypedAfterALetterJoinsIt() {
        var field = TextField("Zoe")
        field.insert("\u{0308}")
        XCTAssertEqual(field.value, "Zoë")
        XCTAssertEqual(field.cursor, 3)
        XCTAssertEqual(field.value.count, 3)
    }

    func testTheCursorCellCountsWideCharactersAsTwoColumns() {
        var grid = CellGrid(width: 20, height: 1)
        let field = TextField("山田 x")
        let cursor = field.render(in: Rect(x: 2, y: 0, width: 10, height: 1), on: &grid, theme: .monochrome, focused: true)
        XCTAssertEqual(grid.text(), "  山田 x")
        XCTAssertEqual(cursor?.x, 8)
        XCTAssertEqual(cursor?.y, 0)
    }

    func testALongValueScrollsSoTheCursorStaysVisible() {
        var grid = CellGrid(width: 6, height: 1)
        var field = TextField("abcdefghij")
        var cursor = field.render(in: Rect(width: 6, height: 1), on: &grid, theme: .monochrome, focused: true)
        XCTAssertEqual(grid.text(), "fghij")
        XCTAssertEqual(cursor?.x, 5)
        field.moveHome()
        cursor = field.render(in: Rect(width: 6, height: 1), on: &grid, theme: .monochrome, focused: true)
        XCTAssertEqual(grid.text(), "abcdef")
        XCTAssertEqual(cursor?.x, 0)
    }

    func testAnEmptyUnfocusedFieldShowsItsPlaceholder() {
        var grid = CellGrid(width: 12, height: 1)
        let cursor = TextField().render(in: Rect(width: 12, height: 1), on: &grid, theme: .monochrome,
                                        focused: false, placeholder: "Search…")
        XCTAssertEqual(grid.text(), "Search…")
        XCTAssertNil(cursor)
    }
}
