/// A width × height grid of cells: what one frame of the screen will show.
///
/// Everything is drawn here first; `NcursesScreen.draw` copies the grid to the terminal, and
/// tests read it back with `text()`. Writes are clipped to the grid and never put raw control
/// characters into a cell.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A grid of blank cells in `style`.
    public init(width: Int, height: Int, style: CellStyle = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y` (both from 0).
    public subscript(x x: Int, y y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, one grapheme per cell (two for wide characters),
    /// stopping at the grid's edge or after `maxWidth` columns; a wide character that does not fit
    /// whole is left out. Control characters appear as `DisplayWidth.placeholder`.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .plain,
                               maxWidth: Int? = nil) -> Int {
        guard (0..<height).contains(y) else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        if DisplayWidth.printableASCIICount(text) != nil { return writeASCII(text, x: x, y: y, style: style, limit: limit) }
        var column = x
        for original in text {
            guard let character = DisplayWidth.displayable(original) else { continue }
            let w = DisplayWidth.of(character)
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

    /// `write` for text that is all printable ASCII: a cell per byte, no grapheme breaking and no
    /// width look-ups (most of what a screen shows).
    private mutating func writeASCII(_ text: String, x: Int, y: Int, style: CellStyle, limit: Int) -> Int {
        var column = x
        for byte in text.utf8 {
            if column >= limit { break }
            if column >= 0 { put(Cell(character: Self.asciiCharacters[Int(byte)], style: style), x: column, y: y) }
            column += 1
        }
        return max(0, column - x)
    }

    /// Every ASCII character by its code, made once.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Fills a rectangle (clipped to the grid) with blanks in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: CellStyle = .plain) {
        let columns = max(0, x)..<min(self.width, x + width)
        let rows = max(0, y)..<min(self.height, y + height)
        for row in rows {
            for column in columns {
                put(.blank(style), x: column, y: row)
            }
        }
    }

    /// Row `y` as plain text, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var line = ""
        for x in 0..<width where !self[x: x, y: y].isContinuation {
            line.append(self[x: x, y: y].character)
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole grid as plain text, one line per row, trailing spaces trimmed.
    public func text() -> String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// Sets one cell; if that overwrites half of a wide character, the other half becomes blank.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard (0..<width).contains(x), (0..<height).contains(y) else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }
}
