import LoyaltyText

/// The help and usage texts of a command, generated from its definition, in the operator's
/// language: each summary, option help and paragraph of details is an English message of the
/// catalogs (HelpCatalogTests checks every one is there).
struct Help {
    let command: Command
    /// The words that lead to it: ["loyalty", "rule", "add"].
    let path: [String]
    let words: Localizer

    /// "usage: loyalty rule add KIND [options]", or one line per subcommand for a group.
    var usage: String {
        let prefix = path.joined(separator: " ")
        if command.action == nil && !command.subcommands.isEmpty {
            return words.text("usage: {command} <command> [options]", ["command": .text(prefix)])
        }
        let line = ([prefix] + command.arguments).joined(separator: " ")
        return command.options.isEmpty ? words.text("usage: {command}", ["command": .text(line)])
            : words.text("usage: {command} [options]", ["command": .text(line)])
    }

    /// The full help: summary, usage, details, commands, options, examples.
    var text: String {
        var lines = HelpLayout.wrap("\(path.joined(separator: " ")): \(words.text(command.summary))", width: HelpLayout.width, indent: "  ")
        lines += ["", usage]
        if let details = command.details { lines += [""] + HelpLayout.wrap(details: details, words: words) }
        if !command.subcommands.isEmpty {
            lines += ["", words.text("Commands:")] + HelpLayout.columns(command.subcommands.map { ($0.name, words.text($0.summary)) })
        }
        if !command.options.isEmpty {
            lines += ["", words.text("Options:")] + HelpLayout.columns(command.options.map { label($0) })
        }
        lines += ["", words.text("Global options:")] + HelpLayout.columns(GlobalOptions.all.map { label($0) })
        if !command.examples.isEmpty {
            lines += ["", command.examples.count == 1 ? words.text("Example:") : words.text("Examples:")] + command.examples.map { "  \($0)" }
        }
        if !command.subcommands.isEmpty {
            lines += ["", words.text("Run '{command} <command> --help' for a command's options.", ["command": .text(path.joined(separator: " "))])]
        }
        return lines.joined(separator: "\n")
    }

    /// An option as help lists it, "--points N" or "--demo [draft]", and its help.
    func label(_ option: Option) -> (String, String) {
        (option.value.map { "\(option.name) \($0)" } ?? (option.choices.isEmpty ? option.name : "\(option.name) [\(option.choices.joined(separator: "|"))]"),
         words.text(option.help))
    }
}
