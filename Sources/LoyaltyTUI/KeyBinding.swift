import Terminal

/// Keys, what they do, and the words that explain it. The same binding dispatches the key,
/// appears in the footer and in the `?` help, so the three can never disagree.
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [Key]
    /// The keys as shown to the user, e.g. "q/^C" or "1…8".
    public let keysLabel: String
    /// A short description: "Quit", "Next section".
    public let help: String
    /// Whether the binding is worth a place in the footer (all bindings appear in the help).
    public let showsInFooter: Bool
    private let accepts: @Sendable (Key) -> Bool
    private let resolve: @Sendable (Key) -> Action?

    /// Each of `keys` does `action`.
    public init(_ keys: [Key], _ action: Action, help: String, inFooter: Bool = true) {
        self.init(keys, label: keys.map(\.label).joined(separator: "/"), help: help,
                  inFooter: inFooter) { _ in action }
    }

    /// Each of `keys` does what `action` makes of it, for families of keys such as "1…8: jump to
    /// section n".
    public init(_ keys: [Key], label: String, help: String, inFooter: Bool = true,
                action: @escaping @Sendable (Key) -> Action?) {
        self.keys = keys
        keysLabel = label
        self.help = help
        showsInFooter = inFooter
        accepts = { keys.contains($0) }
        resolve = action
    }

    /// Every printable character does what `action` makes of it: typing into a pane's own text
    /// field (the Members search), where no list of keys could name them all.
    public static func typing(label: String, help: String, inFooter: Bool = false,
                              action: @escaping @Sendable (Character) -> Action?) -> KeyBinding {
        KeyBinding(label: label, help: help, inFooter: inFooter, accepts: { key in
            if case .character = key { return true } else { return false }
        }, action: { key in
            guard case .character(let character) = key else { return nil }
            return action(character)
        })
    }

    private init(label: String, help: String, inFooter: Bool, accepts: @escaping @Sendable (Key) -> Bool,
                 action: @escaping @Sendable (Key) -> Action?) {
        keys = []
        keysLabel = label
        self.help = help
        showsInFooter = inFooter
        self.accepts = accepts
        resolve = action
    }

    /// The action for `key`, or `nil` when this binding does not handle it.
    public func action(for key: Key) -> Action? {
        accepts(key) ? resolve(key) : nil
    }

    /// The line this binding contributes to the help and the footer.
    public var helpEntry: HelpEntry { HelpEntry(keys: keysLabel, help: help) }
}

/// One line of key help: "q/^C" "Quit".
public struct HelpEntry: Equatable, Sendable {
    public var keys: String
    public var help: String

    public init(keys: String, help: String) {
        self.keys = keys
        self.help = help
    }
}
