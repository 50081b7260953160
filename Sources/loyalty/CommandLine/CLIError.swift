/// The command line was wrong: exits 2 after the message and the command's usage.
struct UsageError: Error {
    let message: String
    /// The usage line of the command being parsed.
    let usage: String
    /// The command, e.g. "loyalty rule add", for the hint to run it with --help.
    let command: String

    init(_ message: String, _ help: Help) {
        self.message = message
        self.usage = help.usage
        self.command = help.path.joined(separator: " ")
    }
}

/// The command ran but did not succeed: exits 1 after printing `loyalty: message` (if any).
struct Failure: Error {
    /// Printed as `loyalty: message`; nil when the command has already reported.
    let message: String?
}
