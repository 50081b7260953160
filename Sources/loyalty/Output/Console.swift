import Foundation

/// Where output goes: results to stdout, messages to stderr prefixed `loyalty: `.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A message about something that went wrong: "loyalty: <message>" on stderr.
    static func complain(_ message: String) { error("loyalty: \(message)") }
}
