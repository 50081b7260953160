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

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(value.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = value.count }

    /// Draws the field on the first row of `area` (`inputFocused` style when focused, else
    /// `input`); an empty, unfocused field shows `placeholder` in the `muted` style.
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
        let shown = value.map { DisplayWidth.displayable($0).map(String.init) ?? "" }
        let widths = shown.map { DisplayWidth.of($0) }
        let cursorWidth = cursor < widths.count ? widths[cursor] : 1
        var first = 0
        while first < cursor, widths[first..<cursor].reduce(0, +) + cursorWidth > area.width {
            first += 1
        }
        grid.write(shown[first...].joined(), x: row.x, y: row.y, style: style, maxWidth: row.width)
        return focused ? (row.x + widths[first..<cursor].reduce(0, +), row.y) : nil
    }
}
