import LoyaltyCore
import Terminal

/// An ordered table of key bindings for one layer of the interface (a dialog, a pane, or the
/// global keys). The first binding that handles a key wins.
public struct KeyMap<Action: Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// What `key` does in this layer, or `nil` to let the next layer try.
    public func action(for key: Key) -> Action? {
        binding(for: key)?.action
    }

    /// The binding that handles `key` and the action it makes of it, or `nil` to let the next layer try.
    public func binding(for key: Key) -> (binding: KeyBinding<Action>, action: Action)? {
        for binding in bindings {
            if let action = binding.action(for: key) { return (binding, action) }
        }
        return nil
    }

    /// Every binding, in table order, for the help overlay.
    public var helpEntries: [HelpEntry] { bindings.map(\.helpEntry) }

    /// The bindings marked for the footer, in table order.
    public var footerEntries: [HelpEntry] { bindings.filter(\.showsInFooter).map(\.helpEntry) }

    /// Every binding as a user of `role` sees it in the help overlay.
    public func helpEntries(for role: Role) -> [HelpEntry] { bindings.map { $0.helpEntry(for: role) } }

    /// The footer's bindings as a user of `role` sees them.
    public func footerEntries(for role: Role) -> [HelpEntry] { bindings.filter(\.showsInFooter).map { $0.helpEntry(for: role) } }
}

/// Footer hints such as "q Quit  ? Help  Tab Next section": as many whole entries as fit in
/// `width` columns, in order, two spaces apart.
public func footerHints(_ entries: [HelpEntry], width: Int) -> String {
    fittingFooterEntries(entries, width: width)
        .map { "\($0.keys) \($0.shownHelp)" }
        .joined(separator: footerSeparator)
}

let footerSeparator = "  "

/// The leading entries of `entries` that fit in `width` columns as footer hints.
func fittingFooterEntries(_ entries: [HelpEntry], width: Int) -> [HelpEntry] {
    var used = 0
    var fitting: [HelpEntry] = []
    for entry in entries {
        let separator = fitting.isEmpty ? 0 : DisplayWidth.of(footerSeparator)
        let needed = separator + DisplayWidth.of(entry.keys) + 1 + DisplayWidth.of(entry.shownHelp)
        if used + needed > width { break }
        used += needed
        fitting.append(entry)
    }
    return fitting
}
