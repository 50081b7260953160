/// One option a command accepts: `--name VALUE`, or a flag when `value` is nil.
struct Option {
    /// The option as typed, with its dashes: "--points".
    let name: String
    /// The placeholder for its value in help ("N", "AMOUNT"), or nil for a flag.
    let value: String?
    let help: String
    /// For a flag that may be followed by one of these words (`--demo` or `--demo draft`); the word
    /// given is its value.
    let choices: [String]

    /// An option with a value: `Option("--points", "N", "points per event")`.
    init(_ name: String, _ value: String, _ help: String) {
        self.name = name
        self.value = value
        self.help = help
        self.choices = []
    }

    /// A flag: `Option("--paid", "the order is paid")`.
    init(_ name: String, _ help: String) {
        self.name = name
        self.value = nil
        self.help = help
        self.choices = []
    }

    /// A flag that may be followed by one of `choices`: `Option("--demo", choices: ["draft"], "…")`.
    init(_ name: String, choices: [String], _ help: String) {
        self.name = name
        self.value = nil
        self.help = help
        self.choices = choices
    }

    var takesValue: Bool { value != nil }

    /// `--json` as every read command offers it.
    static let json = Option("--json", "print JSON (stable snake_case keys) instead of text")
}

/// A command of the CLI: its help text and options, and either subcommands or an action.
struct Command {
    let name: String
    /// One line, shown in lists of commands and at the top of the help.
    let summary: String
    /// Positional arguments in order, e.g. ["EMAIL", "N"]; optional ones last and in brackets: "[TRIGGER]".
    var arguments: [String] = []
    var options: [Option] = []
    /// Further explanation shown in the help, below the usage.
    var details: String? = nil
    var examples: [String] = []
    var subcommands: [Command] = []
    /// What the command does; nil for a group that only holds subcommands.
    var action: ((Invocation) throws -> Void)? = nil

    func subcommand(named name: String) -> Command? { subcommands.first { $0.name == name } }

    func option(named name: String) -> Option? {
        (options + GlobalOptions.all).first { $0.name == name }
    }
}

/// Options every command accepts.
enum GlobalOptions {
    static let database = Option("--db", "PATH", "the database file (else $LOYALTY_DB, else $XDG_DATA_HOME/loyalty/loyalty.db)")
    static let help = Option("--help", "show this help (also -h)")
    static let version = Option("--version", "print the version")
    static let actAs = Option("--as", "USER", "act as another user of the programme (root only, as with sudo -u)")
    static let all = [database, actAs, OperatorLanguage.option, OperatorWriting.option, help, version]
}
