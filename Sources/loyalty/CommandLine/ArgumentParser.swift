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

    func parse(_ arguments: [String]) throws -> ParsedCommandLine {
        var command = root
        var path = [root.name]
        var positionals: [String] = []
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var endOfOptions = false
        var tokens = arguments[...]
        while let token = tokens.popFirst() {
            let help = Help(command: command, path: path)
            if endOfOptions || Self.isPositional(token) {
                if !endOfOptions, !command.subcommands.isEmpty, positionals.isEmpty {
                    guard let next = command.subcommand(named: token) else {
                        let names = command.subcommands.map(\.name).joined(separator: ", ")
                        throw UsageError("'\(token)' is not a command of '\(path.joined(separator: " "))'; choose one of: \(names)", help)
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
                throw UsageError("unknown option \(name) for '\(path.joined(separator: " "))'", help)
            }
            if let placeholder = option.value {
                guard let value = inline ?? tokens.popFirst() else {
                    throw UsageError("\(name) needs a value: \(name) \(placeholder)", help)
                }
                guard values[name] == nil else { throw UsageError("\(name) is given more than once", help) }
                values[name] = value
            } else if !option.choices.isEmpty {
                let word = inline ?? tokens.first.flatMap { option.choices.contains($0) ? $0 : nil }
                if let word {
                    guard option.choices.contains(word) else {
                        throw UsageError("\(name) takes nothing or one of: \(option.choices.joined(separator: ", ")) (got \"\(word)\")", help)
                    }
                    if inline == nil { tokens.removeFirst() }
                    values[name] = word
                }
                flags.insert(name)
            } else {
                guard inline == nil else { throw UsageError("\(name) is a flag and takes no value", help) }
                flags.insert(name)
            }
        }
        let help = Help(command: command, path: path)
        let invocation = Invocation(help: help, positionals: positionals, values: values, flags: flags)
        guard let action = command.action else {
            if path.count == 1 { return .dashboard(invocation) }
            throw UsageError("'\(path.joined(separator: " "))' needs a command: \(command.subcommands.map(\.name).joined(separator: ", "))", help)
        }
        let required = command.arguments.filter { !$0.hasPrefix("[") }.count   // "[TRIGGER]" is optional
        if positionals.count < required {
            throw UsageError("missing \(command.arguments[positionals.count])", help)
        }
        if positionals.count > command.arguments.count {
            throw UsageError("unexpected argument '\(positionals[command.arguments.count])'", help)
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
