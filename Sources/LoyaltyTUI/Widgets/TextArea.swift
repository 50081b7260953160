import Terminal

/// A multi-line text input: its lines, the cursor (a row and a column counted in graphemes, so
/// "é" or "山" is one step), the editing operations keys map to, and a renderer that scrolls both
/// ways to keep the cursor in view. The text is the lines joined with "\n".
public struct TextArea: Equatable, Sendable {
    /// The lines, without their line breaks; never empty (an empty text is one empty line).
    public private(set) var lines: [[Character]]
    /// The cursor's line.
    public private(set) var row: Int
    /// How many graphemes of the cursor's line are before the cursor.
    public private(set) var column: Int
    /// The first line shown; kept in range by `scrollToCursor(rows:)` and again when drawn.
    public private(set) var top = 0

    /// An area holding `text` with the cursor at its start.
    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        row = 0
        column = 0
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isOnFirstLine: Bool { row == 0 }
    public var isOnLastLine: Bool { row == lines.count - 1 }

    /// Types `character` at the cursor. A combining mark joins the grapheme before it.
    public mutating func insert(_ character: Character) {
        let before = String(lines[row].prefix(column)) + String(character)
        lines[row] = Array(before) + lines[row].dropFirst(column)
        column = before.count
    }

    /// Splits the line at the cursor; the cursor starts the new line.
    public mutating func newline() {
        let rest = Array(lines[row].dropFirst(column))
        lines[row].removeLast(rest.count)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    /// Deletes the grapheme before the cursor; at the start of a line, joins it to the line above.
    public mutating func backspace() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            column = lines[row - 1].count
            lines[row - 1] += lines.remove(at: row)
            row -= 1
        }
    }

    /// Deletes the grapheme under the cursor; at the end of a line, joins the next line to it.
    public mutating func delete() {
        if column < lines[row].count {
            lines[row].remove(at: column)
        } else if row < lines.count - 1 {
            lines[row] += lines.remove(at: row + 1)
        }
    }

    /// One place left on screen, as `writing` lays the line out (back in Latin text, on in Hebrew
    /// text in a left-to-right field); from the leftmost place, to the end of the line above.
    public mutating func moveLeft(_ writing: WritingMode = .leftToRight) {
        let order = CursorPlaces(lines[row], writing: writing).leftToRight
        if let here = order.firstIndex(of: column), here > 0 {
            column = order[here - 1]
        } else if row > 0 {
            row -= 1
            column = lines[row].count
        }
    }

    /// One place right on screen (see `moveLeft`); from the rightmost place, to the start of the
    /// line below.
    public mutating func moveRight(_ writing: WritingMode = .leftToRight) {
        let order = CursorPlaces(lines[row], writing: writing).leftToRight
        if let here = order.firstIndex(of: column), here < order.count - 1 {
            column = order[here + 1]
        } else if row < lines.count - 1 {
            row += 1
            column = 0
        }
    }

    /// `count` lines down (up when negative), keeping the column where the line is long enough.
    public mutating func moveLines(by count: Int) {
        row = min(max(0, row + count), lines.count - 1)
        column = min(column, lines[row].count)
    }

    public mutating func moveHome() { column = 0 }
    public mutating func moveEnd() { column = lines[row].count }

    /// Moves `top` just enough that the cursor's line is among `rows` lines shown from it.
    public mutating func scrollToCursor(rows: Int) {
        top = Self.top(top, row: row, rows: rows)
    }

    private static func top(_ top: Int, row: Int, rows: Int) -> Int {
        min(row, max(top, row - max(1, rows) + 1))
    }

    /// Draws the lines in `area` (`inputFocused` style when focused, else `input`), from `top`
    /// (moved, if need be, to show the cursor's line) and scrolled sideways so the cursor's column
    /// is in view; a line going on past the right edge ends in a muted "›".
    /// - Returns: the screen cell for the terminal cursor when focused, else `nil`.
    @discardableResult
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme, focused: Bool) -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        let style = theme[focused ? .inputFocused : .input]
        grid.fill(area, style: style)
        let first = Self.top(top, row: row, rows: area.height)
        let cursorX = Self.width(lines[row].prefix(column))
        let cursorWidth = column < lines[row].count ? Self.width(lines[row][column...column]) : 1
        let left = max(0, cursorX + cursorWidth - area.width)
        var cursor: (x: Int, y: Int)?
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            let cells = line.compactMap(DisplayWidth.displayable)
            var skipped = 0, start = 0
            while start < cells.count, skipped < left { skipped += DisplayWidth.of(cells[start]); start += 1 }
            let shown = String(cells[start...])
            let x = area.x + skipped - left
            let written = grid.write(shown, x: x, y: y, style: style, maxWidth: area.x + area.width - x)
            if written < DisplayWidth.of(shown) {
                grid.write("›", x: area.x + area.width - 1, y: y, style: theme[.muted])
            }
            if focused, first + offset == row {
                // Where the grid put the letters: Hebrew runs leftwards, so the cursor follows them.
                let place = CursorPlaces(Array(cells[start...]), writing: grid.writing).column(of: max(0, column - start))
                cursor = (min(x + place, area.x + area.width - 1), y)
            }
        }
        return cursor
    }

    private static func width(_ characters: some Sequence<Character>) -> Int {
        characters.reduce(0) { $0 + (DisplayWidth.displayable($1).map(DisplayWidth.of) ?? 0) }
    }
}
