/// The help and usage texts of a command, generated from its definition.
struct Help {
    let command: Command
    /// The words that lead to it: ["loyalty", "rule", "add"].
    let path: [String]

    /// "usage: loyalty rule add KIND [options]", or one line per subcommand for a group.
    var usage: String {
        let prefix = path.joined(separator: " ")
        if command.action == nil && !command.subcommands.isEmpty {
            return "usage: \(prefix) <command> [options]"
        }
        let arguments = command.arguments.isEmpty ? "" : " " + command.arguments.joined(separator: " ")
        let options = command.options.isEmpty ? "" : " [options]"
        return "usage: \(prefix)\(arguments)\(options)"
    }

    /// The full help: summary, usage, details, commands, options, examples.
    var text: String {
        var lines = HelpLayout.wrap("\(path.joined(separator: " ")): \(command.summary)", width: HelpLayout.width, indent: "  ")
        lines += ["", usage]
        if let details = command.details { lines += [""] + HelpLayout.wrap(details: details) }
        if !command.subcommands.isEmpty {
            lines += ["", "Commands:"] + HelpLayout.columns(command.subcommands.map { ($0.name, $0.summary) })
        }
        if !command.options.isEmpty {
            lines += ["", "Options:"] + HelpLayout.columns(command.options.map(Self.label))
        }
        lines += ["", "Global options:"] + HelpLayout.columns(GlobalOptions.all.map(Self.label))
        if !command.examples.isEmpty {
            lines += ["", command.examples.count == 1 ? "Example:" : "Examples:"] + command.examples.map { "  \($0)" }
        }
        if !command.subcommands.isEmpty {
            lines += ["", "Run '\(path.joined(separator: " ")) <command> --help' for a command's options."]
        }
        return lines.joined(separator: "\n")
    }

    /// An option as help lists it, "--points N" or "--demo [draft]", and its help.
    static func label(_ option: Option) -> (String, String) {
        (option.value.map { "\(option.name) \($0)" } ?? (option.choices.isEmpty ? option.name : "\(option.name) [\(option.choices.joined(separator: "|"))]"), option.help)
    }
}
