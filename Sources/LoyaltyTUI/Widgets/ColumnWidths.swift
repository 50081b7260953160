import Terminal

/// How wide one table column wants to be: as wide as its widest cell (title included), kept
/// between `min` and `max` while space is short; a `flexible` column also takes the room left.
public struct ColumnWidth: Equatable, Sendable {
    /// Cells the column keeps, while its content needs them, before the last columns give way.
    public var min: Int
    /// Cells beyond which the column gives way first; it still shows more when others have all they need.
    public var max: Int
    /// Takes whatever room is left once every column shows its widest cell.
    public var flexible: Bool

    /// As wide as the widest cell, up to `max` while space is short.
    public static func fit(min: Int = 1, max: Int = .max) -> ColumnWidth {
        ColumnWidth(min: min, max: max, flexible: false)
    }

    /// As wide as the widest cell, plus the room left over.
    public static func flexible(min: Int = 1, max: Int = .max) -> ColumnWidth {
        ColumnWidth(min: min, max: max, flexible: true)
    }
}

/// Shares a table's width among its columns by what their contents need, so a cell is cut (with
/// "…") only when no column has room to spare:
/// 1. every column asks for its widest cell, the title included (`want`), up to its `max`;
/// 2. when that fits, capped columns get their full widest cell, and the room left goes to the
///    first flexible column (without one it stays empty at the right);
/// 3. when it does not, the widest columns give way first, each down to its `min` (or its
///    content, if narrower), and below that the last columns shrink first.
enum ColumnWidths {
    /// The width of each column when `total` cells (one cell between columns included) hold
    /// `titles` and `rows`.
    static func allocate(_ widths: [ColumnWidth], titles: [String], rows: [[String]], total: Int) -> [Int] {
        let content = widths.indices.map { index in
            rows.reduce(DisplayWidth.of(titles[index])) { widest, row in
                index < row.count ? Swift.max(widest, DisplayWidth.of(row[index])) : widest
            }
        }
        let room = Swift.max(0, total - Swift.max(0, widths.count - 1))
        let wanted = widths.indices.map { Swift.min(content[$0], widths[$0].max) }
        if wanted.reduce(0, +) <= room {
            return spread(room - wanted.reduce(0, +), over: wanted, content: content, widths: widths)
        }
        let floors = widths.indices.map { Swift.min(widths[$0].min, wanted[$0]) }
        guard floors.reduce(0, +) < room else { return shrinkFromTheEnd(floors, to: room) }
        return level(wanted, floors: floors, room: room)
    }

    /// `wanted` plus `extra` cells: first to columns cut at their `max`, then to the first flexible one.
    private static func spread(_ extra: Int, over wanted: [Int], content: [Int], widths: [ColumnWidth]) -> [Int] {
        var sizes = wanted, extra = extra
        for index in sizes.indices where extra > 0 && content[index] > sizes[index] {
            let given = Swift.min(extra, content[index] - sizes[index])
            sizes[index] += given
            extra -= given
        }
        if let flexible = widths.firstIndex(where: \.flexible) { sizes[flexible] += extra }
        return sizes
    }

    /// Every column cut to one level (but not below its floor), the highest level that fits `room`;
    /// the cells still free go to the columns cut at that level, left first.
    private static func level(_ wanted: [Int], floors: [Int], room: Int) -> [Int] {
        func sizes(at level: Int) -> [Int] { wanted.indices.map { Swift.max(floors[$0], Swift.min(wanted[$0], level)) } }
        var low = 0, high = wanted.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if sizes(at: middle).reduce(0, +) <= room { low = middle } else { high = middle - 1 }
        }
        var result = sizes(at: low), free = room - result.reduce(0, +)
        for index in result.indices where free > 0 && wanted[index] > result[index] {
            result[index] += 1
            free -= 1
        }
        return result
    }

    /// `floors` with the last columns cut first until they fit `room`.
    private static func shrinkFromTheEnd(_ floors: [Int], to room: Int) -> [Int] {
        var remaining = room
        return floors.map { floor in
            defer { remaining -= Swift.min(floor, remaining) }
            return Swift.min(floor, remaining)
        }
    }
}
