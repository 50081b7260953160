import Terminal

/// What the keys that work everywhere do.
public enum GlobalAction: Equatable, Sendable {
    case quit
    case help
    case nextSection
    case previousSection
    /// Show section `n` (1-based, as numbered in the sidebar).
    case jumpToSection(Int)
    case commandLine
    case search
    case refresh
}

extension KeyMap where Action == GlobalAction {
    /// The global layer, tried after any dialog and the focused pane.
    public static var global: KeyMap<GlobalAction> {
        KeyMap([
            KeyBinding([.character("q"), .ctrl("c")], .quit, help: "Quit"),
            KeyBinding([.character("?"), .function(1)], .help, help: "Help"),
            KeyBinding([.tab], .nextSection, help: "Next section"),
            KeyBinding([.backTab], .previousSection, help: "Previous section", inFooter: false),
            KeyBinding(Section.allCases.compactMap { SectionKeys.digit(number: $0.number) },
                       label: SectionKeys.bindingLabel(sections: Section.allCases.count), help: "Go to section", inFooter: false) { key in
                guard case .character(let digit) = key, let n = digit.wholeNumberValue else { return nil }
                return .jumpToSection(n)
            },
            KeyBinding([.character("/")], .search, help: "Find member"),
            KeyBinding([.character(":")], .commandLine, help: "Command"),
            KeyBinding([.character("r"), .ctrl("r"), .function(5)], .refresh, help: "Refresh", inFooter: false),
        ])
    }
}
