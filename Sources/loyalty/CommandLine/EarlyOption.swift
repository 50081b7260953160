/// An option read before the command line is parsed (`--lang`, `--bidi`), so that the parser's
/// own messages already follow it.
enum EarlyOption {
    /// `option`'s value, as `--lang nl` or `--lang=nl` before any `--`. The value of another option
    /// is skipped (`--name --lang` names someone "--lang"); the parser checks everything else.
    static func value(of option: Option, in arguments: [String], root: Command) -> String? {
        let valueOptions = valueOptions(root)
        var tokens = arguments[...]
        while let token = tokens.popFirst(), token != "--" {
            if token == option.name { return tokens.first }
            if token.hasPrefix(option.name + "=") { return String(token.dropFirst(option.name.count + 1)) }
            if valueOptions.contains(token) { tokens = tokens.dropFirst() }
        }
        return nil
    }

    /// The options of `command` and all its subcommands that take a value (an option's name means
    /// the same in every command).
    private static func valueOptions(_ command: Command) -> Set<String> {
        command.subcommands.reduce(Set((command.options + GlobalOptions.all).filter(\.takesValue).map(\.name))) { $0.union(valueOptions($1)) }
    }
}
