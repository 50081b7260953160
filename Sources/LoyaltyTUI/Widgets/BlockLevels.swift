/// Eighth-block characters for bars drawn in 1/8-cell steps.
enum BlockLevels {
    /// Vertical bars: `vertical[n - 1]` fills n eighths of a cell from the bottom.
    static let vertical: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Horizontal bars: `horizontal[n - 1]` fills n eighths of a cell from the left.
    static let horizontal: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// `value` as a number of eighths out of `cells` full cells, scaled so `maximum` fills them
    /// all. Any value above zero shows at least one eighth, so it is never mistaken for zero.
    static func eighths(_ value: Int, maximum: Int, cells: Int) -> Int {
        guard value > 0, maximum > 0, cells > 0 else { return 0 }
        let scaled = (Double(min(value, maximum)) / Double(maximum) * Double(cells * 8)).rounded()
        return max(1, Int(scaled))
    }

    /// The character for the part of a bar inside one cell, `eighths` (may exceed 8) being what
    /// is left of the bar at that cell.
    static func cell(_ eighths: Int, from levels: [Character]) -> Character {
        eighths <= 0 ? " " : levels[min(eighths, 8) - 1]
    }
}
