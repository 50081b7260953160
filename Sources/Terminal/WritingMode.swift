import Bidi

/// How a `CellGrid` lays text out: in the operator language's direction, and with or without
/// putting each text run in visual order itself.
///
/// Right to left, a screen is drawn as if left to right and then mirrored (`CellGrid.mirrored()`):
/// each text run is written into its columns in reverse visual order, so that the mirror turns it
/// round again, right-aligned where it was left-aligned. Widgets and layouts never see the
/// difference.
public struct WritingMode: Equatable, Sendable {
    /// Hebrew: the sidebar on the right, columns and text from the right.
    public var isRightToLeft: Bool
    /// Whether the grid reorders right-to-left text (the Unicode Bidirectional Algorithm, per text
    /// run). Off for a terminal that reorders lines itself, which would otherwise undo it.
    public var reordersText: Bool

    public init(isRightToLeft: Bool, reordersText: Bool = true) {
        self.isRightToLeft = isRightToLeft
        self.reordersText = reordersText
    }

    public static let leftToRight = WritingMode(isRightToLeft: false)
    public static let rightToLeft = WritingMode(isRightToLeft: true)

    /// Whether `character`, as placed by `placement(of:)`, is followed (in logical order) by the
    /// character on its right: text in the grid's own direction. Text against it runs leftwards.
    public func runsRightwards(_ character: VisualCharacter) -> Bool {
        character.isRightToLeft == isRightToLeft
    }

    /// The paragraph direction of every text run.
    var paragraph: ParagraphDirection { isRightToLeft ? .rightToLeft : .leftToRight }

    /// Whether `text` is written exactly as stored, character after character from the left.
    func writesInLogicalOrder(_ text: String) -> Bool {
        !isRightToLeft && (!reordersText || VisualOrder.staysInOrderLeftToRight(text))
    }

    /// `characters` (one line, logical order) in the order this grid writes them from its left
    /// edge: visual order (or logical, when not reordering), reversed when right to left.
    public func placement(of characters: [Character]) -> [VisualCharacter] {
        var placed: [VisualCharacter]
        if reordersText {
            placed = VisualOrder.of(characters, paragraph: paragraph)
        } else {
            placed = characters.enumerated().map { VisualCharacter(character: $1, logicalIndex: $0, isRightToLeft: false) }
        }
        if isRightToLeft { placed.reverse() }
        return placed
    }
}
