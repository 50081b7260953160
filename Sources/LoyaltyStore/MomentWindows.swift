import LoyaltyCore

/// How an import applies a file of any size in the order its items happened, holding at most
/// `batchSize` items at a time: the file's items, in the order they happened (items of the same
/// moment in file order), are cut into windows of `batchSize`; each window is applied as one batch
/// (`MemberOrder`), windows one after another. Every item of a window happened before every item of
/// the next, so however the file's lines are shuffled, the whole file is applied as if in date order.
///
/// The checking pass learns the windows (`Collector`: 8 bytes an item while it reads, 16 while it
/// cuts them); the applying pass reads the file once for a run of windows that follow each other in
/// the file (`pass(from:)`). A file in date order (or undated) is one window after another: read
/// once, as before. A shuffled file has each window spread over the whole file: it is read once per
/// window (parsing on the other core while this one writes).
struct MomentWindows: Sendable {
    /// An item's place in the applying order: when it happened (Unix seconds; undated items, which
    /// happen as they are imported, last), then its position among the file's items.
    struct Key: Comparable, Sendable {
        let moment: Int64
        let index: Int

        static func < (a: Key, b: Key) -> Bool { (a.moment, a.index) < (b.moment, b.index) }
    }

    /// One window: the key of its first item, and the positions in the file of its first and last items.
    private struct Window: Sendable {
        let start: Key
        let span: ClosedRange<Int>
    }

    private let windows: [Window]

    /// How many windows there are (0 for a file without items).
    var count: Int { windows.count }

    /// The key of an item.
    static func key(_ item: ImportItem, index: Int) -> Key {
        Key(moment: item.moment?.unixSeconds ?? Int64.max, index: index)
    }

    /// The window of the item with `key`.
    func window(of key: Key) -> Int {
        var (low, high) = (0, windows.count)  // the answer is the last window starting at or before `key`
        while high - low > 1 {
            let middle = (low + high) / 2
            if windows[middle].start <= key { low = middle } else { high = middle }
        }
        return low
    }

    /// The items of `piece` (whose first item is the file's `firstItem`th) that fall in the windows
    /// `pass`, each with its window, in file order.
    func items(of piece: ParsedImport, startingAt firstItem: Int, in pass: Range<Int>) -> [(window: Int, item: ImportItem)] {
        var kept: [(window: Int, item: ImportItem)] = []
        for (offset, item) in piece.items.enumerated() {
            let window = window(of: Self.key(item, index: firstItem + offset))
            if pass.contains(window) { kept.append((window, item)) }
        }
        return kept
    }

    /// The windows one reading of the file applies, starting with `first`: as long as each next
    /// window's items all come after the last item of the one before it in the file.
    func pass(from first: Int) -> Range<Int> {
        var end = first + 1
        while end < windows.count, windows[end].span.lowerBound > windows[end - 1].span.upperBound { end += 1 }
        return first..<min(end, windows.count)
    }

    /// Learns the windows from the items of the checking pass, in file order.
    struct Collector {
        private var moments: [Int64] = []
        private var inOrder = true

        mutating func add(_ items: [ImportItem]) {
            for item in items {
                let moment = MomentWindows.key(item, index: 0).moment
                if let last = moments.last, moment < last { inOrder = false }
                moments.append(moment)
            }
        }

        /// The windows of at most `batchSize` items each.
        func windows(batchSize: Int) -> MomentWindows {
            let size = max(batchSize, 1)
            let order: [Int] = inOrder ? Array(moments.indices)
                : moments.indices.sorted { (moments[$0], $0) < (moments[$1], $1) }
            let windows = stride(from: 0, to: order.count, by: size).map { start in
                let members = order[start..<min(start + size, order.count)]
                let first = members.first!
                return Window(start: Key(moment: moments[first], index: first),
                              span: inOrder ? first...members.last! : members.min()!...members.max()!)
            }
            return MomentWindows(windows: windows)
        }
    }
}
