/// The direction of a paragraph of text: the side its first character starts from, and the
/// direction neutral characters (spaces, punctuation) take between runs of different directions.
public enum ParagraphDirection: Sendable, Equatable {
    case leftToRight
    case rightToLeft
    /// The direction of the text's first strong letter (left to right when it has none).
    case firstStrong
}
