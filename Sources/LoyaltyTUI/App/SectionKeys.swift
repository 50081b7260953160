import Terminal

/// How sections are reached from the keyboard: the first nine with 1…9, the tenth with 0, and
/// every later one by its number on the command line (`:11` Enter), so no two sections share a key
/// however many there are.
public enum SectionKeys {
    /// How the keys of section `number` (1-based) are written in the sidebar, tabs and help: "3", "0", ":11".
    public static func label(number: Int) -> String {
        switch number {
        case 1...9: return String(number)
        case 10: return "0"
        default: return ":\(number)"
        }
    }

    /// The keys that reach section `number`, as pressed.
    public static func presses(number: Int) -> [Key] {
        label(number: number).map(Key.character) + (number > 10 ? [.enter] : [])
    }

    /// The one key that jumps to section `number`, for the first ten; nil for later ones.
    static func digit(number: Int) -> Key? {
        number <= 10 ? .character(Character(label(number: number))) : nil
    }

    /// The global binding's label: "1…9, 0", and how to reach more when there are more.
    static func bindingLabel(sections: Int) -> String {
        sections > 10 ? "1…9, 0, :11…" : "1…9, 0"
    }
}
