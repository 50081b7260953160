import Bidi

/// Writing text into a `CellGrid`: a grapheme per cell (two for a wide character), clipped to the
/// grid, never a raw control character, in the order the grid's `writing` mode says (visual order
/// by the Unicode Bidirectional Algorithm, per text run: a Hebrew name in a table cell never trades
/// places with the next column). Text is cut in logical order first, then reordered. Printable
/// ASCII left to right, most of what a screen shows, takes a path with no grapheme breaking and no
/// Unicode look-ups; other text works out each grapheme's cell and width once.
extension CellGrid {
    /// Writes `text` from column `x` on row `y`, one grapheme per cell (two for wide characters),
    /// stopping at the grid's edge or after `maxWidth` columns; a wide character that does not fit
    /// whole is left out. Control characters appear as `DisplayWidth.placeholder`.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .plain,
                               maxWidth: Int? = nil) -> Int {
        guard (0..<height).contains(y) else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        guard writing.writesInLogicalOrder(text) else {
            return write(cells: laidOut(text, room: limit - x, ellipsis: false).cells, x: x, y: y, style: style, limit: limit)
        }
        if DisplayWidth.printableASCIICount(text) != nil { return writeASCII(text.utf8, x: x, y: y, style: style, limit: limit) }
        return write(cells: text.lazy.compactMap(DisplayWidth.cell), x: x, y: y, style: style, limit: limit)
    }

    /// Writes `text` in the `width` columns from column `x` on row `y`, cut to fit with "…" at the
    /// end and placed by `alignment`; the columns it leaves free keep their content. The same as
    /// writing `text.truncated(toWidth: width)` at the aligned column, without building that string.
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, style: CellStyle, alignment: TextAlignment) {
        guard (0..<height).contains(y), width > 0 else { return }
        let limit = min(self.width, x + width)
        guard writing.writesInLogicalOrder(text) else {
            let (cells, used) = laidOut(text, room: width, ellipsis: true)
            write(cells: cells, x: x + Self.offset(free: width - used, alignment), y: y, style: style, limit: limit)
            return
        }
        if let count = DisplayWidth.printableASCIICount(text) {
            guard count > width else {
                writeASCII(text.utf8, x: x + Self.offset(free: width - count, alignment), y: y, style: style, limit: limit)
                return
            }
            writeASCII(text.utf8.prefix(width - 1), x: x, y: y, style: style, limit: limit)
            put(Cell(character: "…", style: style), x: x + width - 1, y: y)
            return
        }
        var shown = text.compactMap(DisplayWidth.cell)
        var used = shown.reduce(0) { $0 + $1.width }
        if used > width {
            used = 0
            shown = Array(shown.prefix { cell in
                defer { used += cell.width }
                return used + cell.width <= width - 1
            })
            used = shown.reduce(0) { $0 + $1.width } + 1
            shown.append(("…", 1))
        }
        write(cells: shown, x: x + Self.offset(free: width - used, alignment), y: y, style: style, limit: limit)
    }

    /// Writes `count` copies of `character` side by side from column `x` (a border, a bar), working
    /// out its cell once; clipped like `write`.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ character: Character, count: Int, x: Int, y: Int, style: CellStyle) -> Int {
        let character = writing.isRightToLeft ? Self.mirrorImage(character) : character
        guard (0..<height).contains(y), count > 0, let cell = DisplayWidth.cell(character) else { return 0 }
        return write(cells: repeatElement(cell, count: count), x: x, y: y, style: style, limit: width)
    }

    /// The cells of `text` as this grid writes them from the left, cut in logical order to `room`
    /// columns (ending in "…" with `ellipsis`), and the columns they take. Direction marks steer
    /// the order and take no cell; other controls show as the placeholder, as everywhere.
    func laidOut(_ text: String, room: Int, ellipsis: Bool) -> (cells: [(character: Character, width: Int)], used: Int) {
        var logical: [(character: Character, width: Int)] = []
        for character in text {
            if writing.reordersText, VisualOrder.isDirectionMark(character) {
                logical.append((character, 0))
            } else if let cell = DisplayWidth.cell(character) {
                logical.append(cell)
            }
        }
        var used = logical.reduce(0) { $0 + $1.width }
        if used > room {
            let keep = max(0, ellipsis ? room - 1 : room)
            used = 0
            logical = Array(logical.prefix { cell in
                defer { used += cell.width }
                return used + cell.width <= keep
            })
            used = logical.reduce(0) { $0 + $1.width }
            if ellipsis, room > 0 {
                logical.append(("…", 1))
                used += 1
            }
        }
        let placed = writing.placement(of: logical.map(\.character))
        return (placed.map { ($0.character, logical[$0.logicalIndex].width) }, used)
    }

    /// Where text `free` columns narrower than its space starts, by `alignment`.
    private static func offset(free: Int, _ alignment: TextAlignment) -> Int {
        switch alignment {
        case .left: return 0
        case .center: return free / 2
        case .right: return free
        }
    }

    /// Printable ASCII bytes, a cell each, from column `x` up to (not including) column `limit`.
    @discardableResult
    private mutating func writeASCII(_ bytes: some Sequence<UInt8>, x: Int, y: Int, style: CellStyle, limit: Int) -> Int {
        var column = x
        for byte in bytes {
            if column >= limit { break }
            if column >= 0 { put(Cell(character: Self.asciiCharacters[Int(byte)], style: style), x: column, y: y) }
            column += 1
        }
        return max(0, column - x)
    }

    /// Every ASCII character by its code, made once.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Graphemes already made displayable, with their widths, from column `x` up to `limit`; a wide
    /// one that does not fit whole ends the text.
    @discardableResult
    private mutating func write(cells: some Sequence<(character: Character, width: Int)>, x: Int, y: Int, style: CellStyle, limit: Int) -> Int {
        var column = x
        for (character, w) in cells {
            if column + w > limit { break }
            if column >= 0 {
                put(Cell(character: character, style: style), x: column, y: y)
                if w == 2 {
                    put(Cell(character: " ", style: style, isContinuation: true), x: column + 1, y: y)
                }
            }
            column += w
        }
        return max(0, column - x)
    }
}
