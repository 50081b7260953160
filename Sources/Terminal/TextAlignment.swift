/// Where text sits inside a wider space.
public enum TextAlignment: Sendable {
    case left, center, right
}
