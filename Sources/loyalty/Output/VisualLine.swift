import Foundation
import Bidi
import Terminal

extension WritingMode {
    /// `line` (one line, stored order) as a terminal that does no bidi of its own must be sent it:
    /// in visual order, as a right-to-left paragraph when the operator reads Hebrew and left to
    /// right otherwise, as the dashboard draws each text run. A line with no right-to-left letter
    /// is sent as it is, so that a path or an e-mail address keeps its order in Hebrew too. An
    /// option named in the text ("--limit N") keeps its dashes in front, as it is typed.
    func visual(_ line: String) -> String {
        guard reordersText, !VisualOrder.staysInOrderLeftToRight(line) else { return line }
        guard isRightToLeft else { return VisualOrder.string(line, paragraph: .leftToRight) }
        // A left-to-right mark before the dashes makes them part of the option's name; it takes no cell.
        let options = line.replacingOccurrences(of: "(?<![\\w-])--(?=[A-Za-z])", with: "\u{200E}--", options: .regularExpression)
        return VisualOrder.string(options, paragraph: .rightToLeft)
    }
}
