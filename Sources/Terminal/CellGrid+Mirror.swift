/// The right-to-left screen: a grid drawn left to right, turned round (see `WritingMode`).
extension CellGrid {
    /// This grid with every row reversed: column `x` moves to `width - 1 - x`, a wide character
    /// keeps its continuation cell on its right. Cells move but are not changed: text runs and
    /// borders were already written for the mirror (reversed runs, `mirrorImage` glyphs).
    public func mirrored() -> CellGrid {
        var mirror = self
        for y in 0..<height {
            var x = 0
            while x < width {
                let source = self[x: width - 1 - x, y: y]
                if source.isContinuation, x + 1 < width {
                    mirror.cells[y * width + x] = self[x: width - 2 - x, y: y]
                    mirror.cells[y * width + x + 1] = source
                    x += 2
                } else {
                    mirror.cells[y * width + x] = source
                    x += 1
                }
            }
        }
        return mirror
    }

    /// Where the cell at column `x` is once mirrored.
    public func mirroredColumn(_ x: Int) -> Int { width - 1 - x }

    /// The box-drawing and half-block glyph that looks like `character` seen in a mirror
    /// ("┌" for "┐"); others come back as they are. Used for borders and bars, whose glyphs have
    /// a side; text gets its mirrored brackets from the bidi algorithm instead.
    static func mirrorImage(_ character: Character) -> Character {
        mirrorPairs[character] ?? character
    }

    private static let mirrorPairs: [Character: Character] = {
        let pairs: [(Character, Character)] = [("┌", "┐"), ("└", "┘"), ("├", "┤"), ("╭", "╮"), ("╰", "╯"),
                                               ("┏", "┓"), ("┗", "┛"), ("┣", "┫"), ("╔", "╗"), ("╚", "╝"), ("╠", "╣"),
                                               ("▌", "▐"), ("▏", "▕")]
        var table: [Character: Character] = [:]
        for (a, b) in pairs { table[a] = b; table[b] = a }
        return table
    }()
}
