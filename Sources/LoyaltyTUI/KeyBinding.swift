import LoyaltyCore
import Terminal

/// Keys, what they do, the words that explain it, and the kind of change it starts. The same
/// binding dispatches the key, appears in the footer and in the `?` help, so the three can never
/// disagree; for a user whose role may not make its change, it shows dimmed with who may, and
/// pressing it says why instead of doing anything.
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [Key]
    /// The keys as shown to the user, e.g. "q/^C" or "1…8".
    public let keysLabel: String
    /// A short description: "Quit", "Next section".
    public let help: String
    /// Whether the binding is worth a place in the footer (all bindings appear in the help).
    public let showsInFooter: Bool
    /// The kind of change the key starts (opening its form or confirmation counts), for the role
    /// check; nil for keys that change nothing.
    public let needs: ChangeKind?
    private let accepts: @Sendable (Key) -> Bool
    private let resolve: @Sendable (Key) -> Action?

    /// Each of `keys` does `action`.
    public init(_ keys: [Key], _ action: Action, help: String, inFooter: Bool = true, needs: ChangeKind? = nil) {
        self.init(keys, label: keys.map(\.label).joined(separator: "/"), help: help,
                  inFooter: inFooter, needs: needs) { _ in action }
    }

    /// Each of `keys` does what `action` makes of it, for families of keys such as "1…8: jump to
    /// section n".
    public init(_ keys: [Key], label: String, help: String, inFooter: Bool = true, needs: ChangeKind? = nil,
                action: @escaping @Sendable (Key) -> Action?) {
        self.keys = keys
        keysLabel = label
        self.help = help
        showsInFooter = inFooter
        self.needs = needs
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
        needs = nil
        self.accepts = accepts
        resolve = action
    }

    /// The action for `key`, or `nil` when this binding does not handle it.
    public func action(for key: Key) -> Action? {
        accepts(key) ? resolve(key) : nil
    }

    /// The line this binding contributes to the help and the footer.
    public var helpEntry: HelpEntry { HelpEntry(keys: keysLabel, help: help) }

    /// The line for a user of `role`: marked with who may use the key when `role` may not.
    public func helpEntry(for role: Role) -> HelpEntry {
        HelpEntry(keys: keysLabel, help: help, onlyFor: needs.flatMap { role.may($0) ? nil : $0.rolesAllowed })
    }
}

/// One line of key help: "q/^C" "Quit", or for a key the user may not use, "+" "Give" only for
/// "staff or owner".
public struct HelpEntry: Equatable, Sendable {
    public var keys: String
    public var help: String
    /// Who may use the key, when the user at the keyboard may not; the entry is then shown dimmed
    /// with it in brackets.
    public var onlyFor: String?

    public init(keys: String, help: String, onlyFor: String? = nil) {
        self.keys = keys
        self.help = help
        self.onlyFor = onlyFor
    }

    /// The help as shown: "Give", or "Give (staff or owner)" for a key the user may not use.
    public var shownHelp: String { onlyFor.map { "\(help) (\($0))" } ?? help }
}

extension ChangeKind {
    /// The roles that may make this kind of change, lowest first: "staff or owner", "owner".
    var rolesAllowed: String {
        Role.allCases.reversed().filter { $0.may(self) }.map(\.rawValue).joined(separator: " or ")
    }
}
