import Bidi
import Terminal

extension WritingMode {
    /// `line` (one line, stored order) as a terminal that does no bidi of its own must be sent it:
    /// in visual order, as a right-to-left paragraph when the operator reads Hebrew and left to
    /// right otherwise, as the dashboard draws each text run. A line with no right-to-left letter
    /// is sent as it is, so that a path or an e-mail address keeps its order in Hebrew too.
    func visual(_ line: String) -> String {
        guard reordersText, !VisualOrder.staysInOrderLeftToRight(line) else { return line }
        return VisualOrder.string(line, paragraph: isRightToLeft ? .rightToLeft : .leftToRight)
    }
}
