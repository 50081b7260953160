import Terminal

/// A one-line text input: its value, the cursor (counted in graphemes, so "é" or "山" is one
/// step), the editing operations keys map to, and a renderer that scrolls sideways to keep the
/// cursor in view.
public struct TextField: Equatable, Sendable {
    public private(set) var value: String
    /// How many graphemes are before the cursor: 0 is the start, `value.count` the end.
    public private(set) var cursor: Int

    /// A field holding `value` with the cursor at the end.
    public init(_ value: String = "") {
        self.value = value
        cursor = value.count
    }

    /// Types `character` at the cursor. A combining mark joins the grapheme before it.
    public mutating func insert(_ character: Character) {
        let before = String(value.prefix(cursor)) + String(character)
        value = before + value.dropFirst(cursor)
        cursor = before.count
    }

    /// Deletes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        value = String(value.prefix(cursor - 1)) + value.dropFirst(cursor)
        cursor -= 1
    }

    /// Deletes the grapheme under the cursor.
    public mutating func delete() {
        guard cursor < value.count else { return }
        value = String(value.prefix(cursor)) + value.dropFirst(cursor + 1)
    }

    /// Moves the cursor one place to the left on screen, as `writing` lays the text out: back in
    /// Latin text, forward in Hebrew text in a left-to-right field (and the reverse right to left,
    /// where the grid is mirrored and ← arrives as →).
    public mutating func moveLeft(_ writing: WritingMode = .leftToRight) { step(by: -1, writing) }
    /// Moves the cursor one place to the right on screen (see `moveLeft`).
    public mutating func moveRight(_ writing: WritingMode = .leftToRight) { step(by: 1, writing) }
    /// To the start of the text (its left end in Latin, its right end in Hebrew).
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = value.count }

    private mutating func step(by offset: Int, _ writing: WritingMode) {
        let order = CursorPlaces(Array(value), writing: writing).leftToRight
        guard let here = order.firstIndex(of: cursor) else { return }
        cursor = order[min(max(0, here + offset), order.count - 1)]
    }

    /// Draws the field on the first row of `area` (`inputFocused` style when focused, else
    /// `input`); an empty, unfocused field shows `placeholder` in the `muted` style. The text shown
    /// is a stretch of the value around the cursor, cut in logical order, then laid out by the
    /// grid's writing mode (Hebrew in visual order).
    /// - Returns: the screen cell for the terminal cursor when focused, else `nil`.
    @discardableResult
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme, focused: Bool,
                       placeholder: String = "") -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let style = theme[focused ? .inputFocused : .input]
        grid.fill(row, style: style)
        if value.isEmpty && !focused {
            grid.write(placeholder, in: row, style: theme[.muted])
            return nil
        }
        let characters = Array(value)
        let widths = characters.map { DisplayWidth.displayable($0).map(DisplayWidth.of) ?? 0 }
        let cursorWidth = cursor < widths.count ? max(1, widths[cursor]) : 1
        var first = 0
        while first < cursor, widths[first..<cursor].reduce(0, +) + cursorWidth > area.width {
            first += 1
        }
        var last = first
        while last < characters.count, widths[first...last].reduce(0, +) <= area.width { last += 1 }
        let shown = Array(characters[first..<last])
        grid.write(String(shown), x: row.x, y: row.y, style: style, maxWidth: row.width)
        guard focused else { return nil }
        let column = CursorPlaces(shown, writing: grid.writing).column(of: cursor - first)
        return (row.x + min(column, row.width - 1), row.y)
    }
}
