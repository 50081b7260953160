import Terminal

/// A move of a list's selection, as the shared list keys ask for it.
enum ListMove: Equatable, Sendable {
    case up, down, pageUp, pageDown, first, last
}

/// The keys that move the selection of a pane's list (↑/↓ and j/k one row, PgUp/PgDn a page,
/// g/G or Home/End to the first or last row) and what moving, clicking and the mouse wheel do to a
/// `ListState`. Every pane that shows a list uses it, so all lists move alike.
enum ListNavigation {
    /// The bindings for the moves, each turned into the pane's own action. Left out of the footer
    /// (they are the same everywhere) but listed in the `?` help. `toLastRow: false` leaves G/End
    /// out, for a list whose far end is fetched a page at a time as the selection gets there (a
    /// member's activity), so no key asks for all of it at once.
    static func bindings<Action: Sendable>(toLastRow: Bool = true, _ action: @escaping @Sendable (ListMove) -> Action) -> [KeyBinding<Action>] {
        [
            KeyBinding([.up, .down, .character("k"), .character("j")], label: "↑/↓ k/j", help: "Previous / next row", inFooter: false) { key in
                key == .up || key == .character("k") ? action(.up) : action(.down)
            },
            KeyBinding([.pageUp, .pageDown], label: "PgUp/PgDn", help: "A page up / down", inFooter: false) { key in
                action(key == .pageUp ? .pageUp : .pageDown)
            },
            toLastRow
                ? KeyBinding([.character("g"), .home, .character("G"), .end], label: "g/G", help: "First / last row", inFooter: false) { key in
                    action(key == .character("g") || key == .home ? .first : .last)
                }
                : KeyBinding([.character("g"), .home], label: "g", help: "First row", inFooter: false) { _ in action(.first) },
        ]
    }

    /// Applies `move` to a list of `count` rows of which `visibleRows` show at once.
    static func apply(_ move: ListMove, to list: inout ListState, count: Int, visibleRows: Int) {
        let page = max(1, visibleRows)
        switch move {
        case .up: list.move(by: -1, count: count, visibleRows: visibleRows)
        case .down: list.move(by: 1, count: count, visibleRows: visibleRows)
        case .pageUp: list.move(by: -page, count: count, visibleRows: visibleRows)
        case .pageDown: list.move(by: page, count: count, visibleRows: visibleRows)
        case .first: list.select(0, count: count, visibleRows: visibleRows)
        case .last: list.select(count - 1, count: count, visibleRows: visibleRows)
        }
    }

    /// The row of a `TableView` drawn with `list` under a click on line `line` of the table's area
    /// (line 0 is its header); nil for the header or below the last row.
    static func tableRow(atLine line: Int, list: ListState, count: Int, visibleRows: Int) -> Int? {
        guard line >= 1, line <= visibleRows else { return nil }
        let index = list.visibleOffset(count: count, visibleRows: visibleRows) + line - 1
        return index < count ? index : nil
    }

    /// The area the current section's pane draws in, for a screen the size of `state`'s: for the
    /// mouse, whose clicks land on places on screen.
    static func paneArea(_ state: AppState) -> Rect {
        DashboardLayout(width: state.width, height: state.height).pane
    }
}
