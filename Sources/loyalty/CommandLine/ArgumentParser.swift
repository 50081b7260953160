import LoyaltyText

/// What a command line asks for, once parsed against the command tree.
enum ParsedCommandLine {
    /// Run a command's action.
    case run((Invocation) throws -> Void, Invocation)
    /// No command was named: open the dashboard (with the global options given).
    case dashboard(Invocation)
    case help(Help)
    case version
}

/// Parses `loyalty <command> <subcommand> ARGS --option value --option=value --flag -- ARGS`.
/// Options are looked up in the command reached so far plus the global ones; anything after `--`
/// is a positional argument. Errors name the bad argument and carry the command's usage.
struct ArgumentParser {
    let root: Command
    /// The operator's language, for the errors and for the commands' messages.
    let words: Localizer

    func parse(_ arguments: [String]) throws -> ParsedCommandLine {
        var command = root
        var path = [root.name]
        var positionals: [String] = []
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var endOfOptions = false
        var tokens = arguments[...]
        while let token = tokens.popFirst() {
            let help = Help(command: command, path: path, words: words)
            if endOfOptions || Self.isPositional(token) {
                if !endOfOptions, !command.subcommands.isEmpty, positionals.isEmpty {
                    guard let next = command.subcommand(named: token) else {
                        let names = command.subcommands.map(\.name).joined(separator: ", ")
                        throw UsageError(words.text("'{word}' is not a command of '{command}'; choose one of: {names}",
                                                     ["word": .text(token), "command": .text(path.joined(separator: " ")), "names": .text(names)]), help)
                    }
                    command = next
                    path.append(token)
                } else {
                    positionals.append(token)
                }
                continue
            }
            if token == "--" { endOfOptions = true; continue }
            if token == "--help" || token == "-h" { return .help(help) }
            if token == "--version" { return .version }
            let (name, inline) = Self.split(token)
            guard let option = command.option(named: name) else {
                throw UsageError(words.text("unknown option {option} for '{command}'", ["option": .text(name), "command": .text(path.joined(separator: " "))]), help)
            }
            if let placeholder = option.value {
                guard let value = inline ?? tokens.popFirst() else {
                    throw UsageError(words.text("{option} needs a value: {option} {value}", ["option": .text(name), "value": .text(placeholder)]), help)
                }
                guard values[name] == nil else { throw UsageError(words.text("{option} is given more than once", ["option": .text(name)]), help) }
                values[name] = value
            } else if !option.choices.isEmpty {
                let word = inline ?? tokens.first.flatMap { option.choices.contains($0) ? $0 : nil }
                if let word {
                    guard option.choices.contains(word) else {
                        throw UsageError(words.text("{option} takes nothing or one of: {choices} (got \"{word}\")",
                                                     ["option": .text(name), "choices": .list(option.choices), "word": .text(word)]), help)
                    }
                    if inline == nil { tokens.removeFirst() }
                    values[name] = word
                }
                flags.insert(name)
            } else {
                guard inline == nil else { throw UsageError(words.text("{option} is a flag and takes no value", ["option": .text(name)]), help) }
                flags.insert(name)
            }
        }
        let help = Help(command: command, path: path, words: words)
        let invocation = Invocation(help: help, positionals: positionals, values: values, flags: flags, words: words)
        guard let action = command.action else {
            if path.count == 1 { return .dashboard(invocation) }
            throw UsageError(words.text("'{command}' needs a command: {names}", ["command": .text(path.joined(separator: " ")),
                                                                             "names": .text(command.subcommands.map(\.name).joined(separator: ", "))]), help)
        }
        let required = command.arguments.filter { !$0.hasPrefix("[") }.count   // "[TRIGGER]" is optional
        if positionals.count < required {
            throw UsageError(words.text("missing {argument}", ["argument": .text(command.arguments[positionals.count])]), help)
        }
        if positionals.count > command.arguments.count {
            throw UsageError(words.text("unexpected argument '{argument}'", ["argument": .text(positionals[command.arguments.count])]), help)
        }
        return .run(action, invocation)
    }

    /// Plain words, and negative numbers such as -5, are positional; `-x` and `--x` are options.
    private static func isPositional(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token.count > 1 else { return true }
        return token.dropFirst().first?.isNumber == true
    }

    /// "--name=value" → ("--name", "value"); "--name" → ("--name", nil).
    private static func split(_ token: String) -> (String, String?) {
        guard token.hasPrefix("--"), let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }
}
