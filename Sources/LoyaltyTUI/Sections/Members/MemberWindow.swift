import LoyaltyCore
import LoyaltyStore

/// A window onto the member list, in name order or the order and filter chosen (`sort`, `filter`):
/// a few keyset pages around the selection, never the whole list. Moving past either end fetches the next page from the store by key (never
/// OFFSET, never COUNT), and the window is trimmed on the far side, so a million members cost
/// the same as a hundred.
struct MemberWindow: Sendable {
    private(set) var rows: [Member] = []
    /// The selection and the top visible row, as indices into `rows`.
    private(set) var list = ListState()
    /// Nothing comes before `rows.first` / after `rows.last`.
    private(set) var reachedStart = true
    private(set) var reachedEnd = true
    /// The order and the filter of the list (`o` and `f`); changing them starts again at the top.
    var sort = MemberSort.name
    var filter = MemberFilter()

    static let pageSize = 50
    static let maxRows = 300

    var selected: Member? { rows[safe: list.selected] }

    /// The first page, selecting the first member (`g`).
    mutating func loadFirst(store: Store) throws {
        rows = try fetch(after: nil, limit: Self.pageSize, store: store)
        list = ListState()
        reachedStart = true
        reachedEnd = rows.count < Self.pageSize
    }

    /// The last page, selecting the last member (`G`).
    mutating func loadLast(store: Store, visibleRows: Int) throws {
        rows = try fetch(after: nil, limit: Self.pageSize, backwards: true, store: store)
        reachedStart = rows.count < Self.pageSize
        reachedEnd = true
        list = ListState(selected: rows.count - 1, offset: max(0, rows.count - visibleRows))
    }

    /// Re-reads the rows around the selected member, keeping its place selected at the same height
    /// on screen (after a change here or in another process). When nothing is left from there on
    /// (the last rows left the filter), the last row is selected.
    mutating func reload(store: Store, visibleRows: Int) throws {
        guard let anchor = selected else { return try loadFirst(store: store) }
        let above = list.selected - list.visibleOffset(count: rows.count, visibleRows: visibleRows)
        let atOrAfter = try fetch(after: .atOrAfter(anchor, sortedBy: sort), limit: Self.pageSize, store: store)
        let before = try fetch(after: .after(anchor, sortedBy: sort), limit: Self.pageSize, backwards: true, store: store)
        guard !(atOrAfter.isEmpty && before.isEmpty) else { return try loadFirst(store: store) }
        rows = before + atOrAfter
        reachedStart = before.count < Self.pageSize
        reachedEnd = atOrAfter.count < Self.pageSize
        let selection = min(before.count, rows.count - 1)
        list = ListState(selected: selection, offset: max(0, selection - above))
    }

    /// Moves the selection by `delta` rows, scrolling as little as needed (↑/↓, a click, the wheel).
    mutating func move(by delta: Int, visibleRows: Int, store: Store) throws {
        let top = list.visibleOffset(count: rows.count, visibleRows: visibleRows)
        try place(selected: list.selected + delta, top: top, visibleRows: visibleRows, store: store, scrollWholePage: false)
    }

    /// Moves a whole screen (PgUp/PgDn): the selection and the top row both move by the page
    /// height, so consecutive pages neither skip nor repeat a member.
    mutating func page(by pages: Int, visibleRows: Int, store: Store) throws {
        let step = pages * max(1, visibleRows)
        let top = list.visibleOffset(count: rows.count, visibleRows: visibleRows)
        try place(selected: list.selected + step, top: top + step, visibleRows: visibleRows, store: store, scrollWholePage: true)
    }

    /// Selects row `index` of the window (a click); it is on screen already.
    mutating func select(_ index: Int, visibleRows: Int) {
        list.select(index, count: rows.count, visibleRows: visibleRows)
    }

    private mutating func place(selected: Int, top: Int, visibleRows: Int, store: Store, scrollWholePage: Bool) throws {
        var selected = selected, top = top
        let lowest = min(selected, top)
        if lowest < 0 && !reachedStart {
            let added = try fetchBefore(count: -lowest, store: store)
            selected += added
            top += added
        }
        let highest = max(selected, top + visibleRows - 1)
        if highest >= rows.count && !reachedEnd { try fetchAfter(count: highest - rows.count + 1, store: store) }
        let removed = trim(keeping: min(selected, top)..<max(selected + 1, top + visibleRows))
        selected -= removed
        top -= removed
        let clampedSelection = min(max(0, selected), max(0, rows.count - 1))
        if scrollWholePage {
            list = ListState(selected: clampedSelection, offset: min(max(0, top), max(0, rows.count - visibleRows)))
        } else {
            list = ListState(selected: list.selected, offset: top)
            list.select(clampedSelection, count: rows.count, visibleRows: visibleRows)
        }
    }

    /// Prepends at least `count` members (a page at least); returns how many came.
    private mutating func fetchBefore(count: Int, store: Store) throws -> Int {
        guard let first = rows.first else { return 0 }
        let limit = max(count, Self.pageSize)
        let page = try fetch(after: .after(first, sortedBy: sort), limit: limit, backwards: true, store: store)
        reachedStart = page.count < limit
        rows = page + rows
        return page.count
    }

    private mutating func fetchAfter(count: Int, store: Store) throws {
        guard let last = rows.last else { return }
        let limit = max(count, Self.pageSize)
        let page = try fetch(after: .after(last, sortedBy: sort), limit: limit, store: store)
        reachedEnd = page.count < limit
        rows += page
    }

    /// One keyset page of the list in its order and filter: the same store query as `loyalty member list`.
    private func fetch(after cursor: MemberListCursor?, limit: Int, backwards: Bool = false, store: Store) throws -> [Member] {
        try store.members(sortedBy: sort, filter: filter, after: cursor, limit: limit, backwards: backwards)
    }

    /// Drops rows beyond `maxRows`, far from `needed`; returns how many were dropped at the front.
    private mutating func trim(keeping needed: Range<Int>) -> Int {
        let excess = rows.count - Self.maxRows
        guard excess > 0 else { return 0 }
        let front = min(excess, max(0, needed.lowerBound))
        if front > 0 {
            rows.removeFirst(front)
            reachedStart = false
        }
        let back = min(excess - front, max(0, rows.count - (needed.upperBound - front)))
        if back > 0 {
            rows.removeLast(back)
            reachedEnd = false
        }
        return front
    }
}
