import Foundation
import Terminal

/// Where output goes: results to stdout, messages to stderr prefixed `loyalty: `. Both are made
/// `terminalSafe` here, in one place: a value echoed in a message or a table (a name, a file's
/// field, an argument) cannot send escape sequences to the terminal.
///
/// A stream that is a terminal gets right-to-left text (Hebrew) in visual order, line by line, as
/// the dashboard draws it (see `WritingMode.visual(_:)`), unless `--bidi off` or `LOYALTY_BIDI=off`
/// says the terminal does that itself; a pipe or a file gets the text in stored order, as data.
enum Console {
    /// How lines reach standard output: in visual order by this mode, or in stored order when nil.
    /// Set once by `showRightToLeft(_:)`, before anything is printed.
    nonisolated(unsafe) private(set) static var outWriting: WritingMode?
    /// The same for standard error.
    nonisolated(unsafe) private static var errorWriting: WritingMode?

    /// Puts what is printed to a terminal in visual order by `writing`, when it reorders text.
    static func showRightToLeft(_ writing: WritingMode) {
        guard writing.reordersText else { return }
        if isatty(STDOUT_FILENO) == 1 { outWriting = writing }
        if isatty(STDERR_FILENO) == 1 { errorWriting = writing }
    }

    static func out(_ text: String) {
        write(text.terminalSafe, in: outWriting, to: .standardOutput)
    }

    /// Data (a JSON document): always in stored order, for the program that reads it.
    static func outData(_ text: String) {
        write(text.terminalSafe, in: nil, to: .standardOutput)
    }

    /// Lines already laid out for `outWriting` (a table's): only made terminal-safe.
    static func outLaidOut(_ lines: [String]) {
        write(lines.joined(separator: "\n").terminalSafe, in: nil, to: .standardOutput)
    }

    static func error(_ text: String) {
        write(text.terminalSafe, in: errorWriting, to: .standardError)
    }

    /// A message about something that went wrong: "loyalty: <message>" on stderr.
    static func complain(_ message: String) { error("loyalty: \(message)") }

    private static func write(_ text: String, in writing: WritingMode?, to handle: FileHandle) {
        let shown = writing.map { writing in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { writing.visual(String($0)) }.joined(separator: "\n")
        } ?? text
        handle.write(Data((shown + "\n").utf8))
    }
}
