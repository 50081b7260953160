/// A width × height grid of cells: what one frame of the screen will show.
///
/// Everything is drawn here first; `NcursesScreen.draw` copies the grid to the terminal, and
/// tests read it back with `text()`. Writes are clipped to the grid and never put raw control
/// characters into a cell.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// The direction text is laid out in, and whether it is put in visual order (see `WritingMode`).
    public var writing: WritingMode
    var cells: [Cell]

    /// A grid of blank cells in `style`.
    public init(width: Int, height: Int, style: CellStyle = .plain, writing: WritingMode = .leftToRight) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.writing = writing
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y` (both from 0).
    public subscript(x x: Int, y y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills a rectangle (clipped to the grid) with blanks in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: CellStyle = .plain) {
        let columns = max(0, x)..<min(self.width, x + width)
        let rows = max(0, y)..<min(self.height, y + height)
        let blank = Cell.blank(style)
        for row in rows {
            for column in columns {
                put(blank, x: column, y: row)
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

    /// Sets one cell (nothing outside the grid); if that overwrites half of a wide character, the
    /// other half becomes blank.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
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
