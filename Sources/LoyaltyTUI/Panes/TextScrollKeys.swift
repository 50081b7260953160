import Terminal

/// The keys that scroll a pane's text instead of moving a selection (the Pages preview, an
/// e-mail preview): ↑/↓ and k/j a line, PgUp/PgDn ten lines. Left out of the footer, listed in
/// the `?` help, the same wherever text scrolls.
enum TextScrollKeys {
    /// The bindings, each turned into the pane's own action for scrolling by a number of lines
    /// (negative is up).
    static func bindings<Action: Sendable>(_ scroll: (Int) -> Action) -> [KeyBinding<Action>] {
        [
            KeyBinding([.up, .character("k")], scroll(-1), help: "Scroll up", inFooter: false),
            KeyBinding([.down, .character("j")], scroll(1), help: "Scroll down", inFooter: false),
            KeyBinding([.pageUp], scroll(-10), help: "Page up", inFooter: false),
            KeyBinding([.pageDown], scroll(10), help: "Page down", inFooter: false),
        ]
    }
}
