import Bidi
import Terminal

/// Where the cursor can be in a line of text laid out by a `WritingMode`, in grid columns from the
/// line's left edge. The cursor sits on the character it is before (typing pushes that character
/// on), at the end just past the last one, in the direction the text runs: right of Latin text,
/// on the last letter of Hebrew text that runs leftwards (typed letters appear on its left).
struct CursorPlaces {
    private let columns: [Int]
    private let widths: [Int]
    private let rightwards: [Bool]

    init(_ characters: [Character], writing: WritingMode) {
        var columns = [Int](repeating: 0, count: characters.count)
        var widths = [Int](repeating: 0, count: characters.count)
        var rightwards = [Bool](repeating: true, count: characters.count)
        var x = 0
        for placed in writing.placement(of: characters) {
            let width = DisplayWidth.displayable(characters[placed.logicalIndex]).map(DisplayWidth.of) ?? 0
            columns[placed.logicalIndex] = x
            widths[placed.logicalIndex] = width
            rightwards[placed.logicalIndex] = writing.runsRightwards(placed)
            x += width
        }
        self.columns = columns
        self.widths = widths
        self.rightwards = rightwards
    }

    /// The column of the cursor before character `index` (`count` for the end).
    func column(of index: Int) -> Int {
        if index < columns.count { return columns[index] }
        guard let last = columns.indices.last else { return 0 }
        return rightwards[last] ? columns[last] + widths[last] : columns[last]
    }

    /// Every cursor position (0 … count) from the leftmost on screen to the rightmost; where two
    /// share a column, the one further along its text's direction comes first leftwards.
    var leftToRight: [Int] {
        (0...columns.count).sorted { a, b in
            let (ca, cb) = (column(of: a), column(of: b))
            if ca != cb { return ca < cb }
            let runsRight = rightwards[min(a, b, columns.count - 1)]
            return runsRight ? a < b : a > b
        }
    }
}
