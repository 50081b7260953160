/// One thing the user did: pressed a key, used the mouse, or resized the terminal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal is now `width` columns by `height` rows.
    case resize(width: Int, height: Int)
}

/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character (already composed: "é", "山", "☕" arrive whole).
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// F1 … F63.
    case function(Int)
    /// Ctrl with a letter, always lower case: Ctrl-C is `.ctrl("c")`. Ctrl-I, Ctrl-M and Ctrl-H
    /// arrive as `.tab`, `.enter` and `.backspace`, as the terminal sends the same bytes.
    case ctrl(Character)
}

/// A mouse action at a screen cell (column `x`, row `y`, from 0).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Left button pressed.
        case click
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
