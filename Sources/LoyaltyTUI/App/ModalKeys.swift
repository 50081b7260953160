import Terminal

/// What the keys do in a form (typing goes into the focused field).
public enum FormCommand: Sendable { case save, cancel, nextField, previousField, quit }
/// What the keys do in a confirmation dialog.
public enum ConfirmCommand: Sendable { case accept, cancel, switchButton, press }
/// What the keys do in the help overlay and on the command line.
public enum OverlayCommand: Sendable { case close, run }

/// The key maps of the modal layers: the same tables dispatch the keys and fill the footer and help.
enum ModalKeys {
    static let form = KeyMap<FormCommand>([
        KeyBinding([.enter, .ctrl("s")], .save, help: "Save"),
        KeyBinding([.escape], .cancel, help: "Cancel"),
        KeyBinding([.tab, .down], .nextField, help: "Next field"),
        KeyBinding([.backTab, .up], .previousField, help: "Previous field", inFooter: false),
        KeyBinding([.left, .right, .character(" ")], label: "←/→", help: "Change choice", action: { _ in nil }),
        KeyBinding([.character("q")], .quit, help: "Quit (on a choice field; asks first)", inFooter: false),
    ])

    /// A form whose focused field has several lines: Enter and the arrows edit the text (see
    /// `FormState.editLines`), so the footer and help say how to save and leave it.
    static let formLines = KeyMap<FormCommand>([
        KeyBinding([.ctrl("s")], .save, help: "Save"),
        KeyBinding([.escape], .cancel, help: "Cancel"),
        KeyBinding([.enter], label: "Enter", help: "New line", action: { _ in nil }),
        KeyBinding([.tab], .nextField, help: "Next field"),
        KeyBinding([.backTab], .previousField, help: "Previous field", inFooter: false),
        KeyBinding([.up, .down], label: "↑/↓", help: "Line up/down (past the first or last: the other fields)", inFooter: false, action: { _ in nil }),
        KeyBinding([.pageUp, .pageDown], label: "PgUp/PgDn", help: "Page up/down", action: { _ in nil }),
    ])

    static let confirm = KeyMap<ConfirmCommand>([
        KeyBinding([.character("y")], .accept, help: "Yes"),
        KeyBinding([.character("n"), .escape], .cancel, help: "No"),
        KeyBinding([.left, .right, .tab, .backTab], .switchButton, help: "Choose button"),
        KeyBinding([.enter], .press, help: "Press button"),
    ])

    static let help = KeyMap<OverlayCommand>([
        KeyBinding([.escape, .character("?"), .character("q"), .enter], .close, help: "Close help"),
    ])

    static let commandLine = KeyMap<OverlayCommand>([
        KeyBinding([.enter], .run, help: "Run (:members :theme NAME :q)"),
        KeyBinding([.escape], .close, help: "Cancel"),
    ])
}
