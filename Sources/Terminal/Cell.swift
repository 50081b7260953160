/// One terminal cell: a single grapheme and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the character, the
/// second is a continuation cell (`isContinuation`) that draws nothing of its own.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: CellStyle
    public var isContinuation: Bool

    public init(character: Character, style: CellStyle = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell (a space) in the given style.
    public static func blank(_ style: CellStyle = .plain) -> Cell {
        Cell(character: " ", style: style)
    }
}
