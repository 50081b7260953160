extension Key {
    /// Decodes a character code as read from the terminal in raw mode (not a KEY_* code):
    /// Enter is CR or LF, Backspace is DEL or Ctrl-H, codes 1…26 are Ctrl-letters, ESC is
    /// Escape. Other control codes (NUL, Ctrl-\ …) give `nil`.
    init?(terminalCharacter code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 8, 127: self = .backspace
        case 27: self = .escape
        case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<32, 128..<160: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .character(Character(scalar))
        }
    }
}
