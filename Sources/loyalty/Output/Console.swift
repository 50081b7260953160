import Foundation
import Terminal

/// Where output goes: results to stdout, messages to stderr prefixed `loyalty: `. Both are made
/// `terminalSafe` here, in one place: a value echoed in a message or a table (a name, a file's
/// field, an argument) cannot send escape sequences to the terminal.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.terminalSafe + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.terminalSafe + "\n").utf8))
    }

    /// A message about something that went wrong: "loyalty: <message>" on stderr.
    static func complain(_ message: String) { error("loyalty: \(message)") }
}
