/// One character of a line as it appears on screen, for a line put in visual order.
public struct VisualCharacter: Equatable, Sendable {
    /// What to draw: the character, or its mirror image inside right-to-left text ("(" for a
    /// logical ")", "›" for "‹").
    public let character: Character
    /// Where it was in the logical text, counted in characters (graphemes) from 0.
    public let logicalIndex: Int
    /// Whether it is part of right-to-left text (an odd embedding level): typing after it adds to
    /// its left.
    public let isRightToLeft: Bool

    public init(character: Character, logicalIndex: Int, isRightToLeft: Bool) {
        self.character = character
        self.logicalIndex = logicalIndex
        self.isRightToLeft = isRightToLeft
    }
}
