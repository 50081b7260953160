import Terminal

extension FormState {
    /// The keys of a focused multi-line field: Enter starts a new line, ↑/↓ move between its
    /// lines (and on to the other fields from its first and last line), PgUp/PgDn move `rows`
    /// lines, ←/→ go on across line ends, Backspace and Delete join lines. Nil for the keys the
    /// form handles as for any field (Tab, Esc, ^S). ←/→ move on screen as `writing` lays a line out.
    mutating func editLines(_ key: Key, rows: Int, writing: WritingMode) -> Bool? {
        var area = fields[focused].lines
        switch key {
        case .enter: area.newline()
        case .up where !area.isOnFirstLine: area.moveLines(by: -1)
        case .down where !area.isOnLastLine: area.moveLines(by: 1)
        case .pageUp: area.moveLines(by: -rows)
        case .pageDown: area.moveLines(by: rows)
        case .left: area.moveLeft(writing)
        case .right: area.moveRight(writing)
        case .home: area.moveHome()
        case .end: area.moveEnd()
        case .backspace: area.backspace()
        case .delete: area.delete()
        case .character(let character): area.insert(character)
        case .ctrl("u"): return false
        default: return nil
        }
        area.scrollToCursor(rows: rows)
        fields[focused].lines = area
        error = nil
        return true
    }
}
