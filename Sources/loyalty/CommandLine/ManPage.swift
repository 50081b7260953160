/// The manual page of `loyalty` in troff with man(7) macros, generated from the command tree and
/// `Conventions`, the same definitions `--help` prints, so that the two never disagree. It is in
/// English whatever the operator's language (man pages of other languages are installed apart).
struct ManPage {
    let root: Command
    let version: String

    var text: String {
        var out = [".TH LOYALTY 1 \"\" \"\(root.name) \(version)\" \"User Commands\"",
                   ".SH NAME", "\(root.name) \\- \(Self.escape(root.summary))",
                   ".SH SYNOPSIS",
                   ".B \(root.name)", "[\\fIoptions\\fR]", ".br",
                   ".B \(root.name)", "\\fIcommand\\fR [\\fIsubcommand\\fR] [\\fIarguments\\fR] [\\fIoptions\\fR]", ".br",
                   ".B \(root.name) help", "[\\fIcommand\\fR [\\fIsubcommand\\fR]] [\\fB\\-\\-man\\fR]",
                   ".SH DESCRIPTION"]
        out += Self.body(Conventions.description)
        out += [".SH COMMANDS"]
        for (command, path) in Self.commands(below: root, path: [root.name]) {
            out += section(command, path)
        }
        out += [".SH OPTIONS"] + (root.options + GlobalOptions.all).flatMap(Self.item)
        out += [".SH EXIT STATUS"] + Self.list(Conventions.exitStatus)
        out += [".SH ENVIRONMENT"] + Self.list(Conventions.environment)
        out += [".SH FILES"] + Self.list(Conventions.files)
        out += [".SH EXAMPLES"] + Self.literal(root.examples)
        return out.joined(separator: "\n")
    }

    /// Every command below `command`, depth first, with the words that lead to it.
    private static func commands(below command: Command, path: [String]) -> [(Command, [String])] {
        command.subcommands.flatMap { sub in [(sub, path + [sub.name])] + commands(below: sub, path: path + [sub.name]) }
    }

    private func section(_ command: Command, _ path: [String]) -> [String] {
        let usage = Help(command: command, path: path, words: .english).usage.replacingPrefix("usage: ", with: "")
        var out = [".SS \"\(Self.escape(path.joined(separator: " ")))\"", Self.escape(command.summary), ".PP",
                   ".B \(Self.escape(usage))"]
        if let details = command.details { out += Self.body(details) }
        if !command.options.isEmpty { out += [".PP", "Options:"] + command.options.flatMap(Self.item) }
        if !command.examples.isEmpty { out += [".PP", command.examples.count == 1 ? "Example:" : "Examples:"] + Self.literal(command.examples) }
        return out
    }

    /// An option as a tagged paragraph: its name and value in bold and italics, then its help.
    private static func item(_ option: Option) -> [String] {
        let (label, help) = Help(command: CommandTree.root, path: [], words: .english).label(option)
        let name = escape(option.name)
        let rest = escape(String(label.dropFirst(option.name.count)))
        return [".TP", "\\fB\(name)\\fR\(rest.isEmpty ? "" : "\\fI\(rest)\\fR")", escape(help)]
    }

    private static func list(_ rows: [(String, String)]) -> [String] {
        rows.flatMap { [".TP", ".B \(escape($0.0))", escape($0.1)] }
    }

    private static func literal(_ lines: [String]) -> [String] {
        [".RS", ".nf"] + lines.map { escape($0, code: true) } + [".fi", ".RE"]
    }

    /// `details` (see `DetailsBlock`) as paragraphs, bullets and literal blocks.
    private static func body(_ details: String) -> [String] {
        DetailsBlock.parse(details).flatMap { block -> [String] in
            switch block {
            case .paragraph(let text): return [".PP", escape(text)]
            case .bullet(let text): return [".IP \\(bu 2", escape(text)]
            case .literal(let lines): return literal(lines)
            case .blank: return []
            }
        }
    }

    /// Text safe on a troff text line: backslashes as \e, a leading dot or quote guarded by \&,
    /// and the hyphens of an option (--max-per-day), of a negative number, or of any `code` (a
    /// command to copy) as the minus \-, so that they copy as the ASCII hyphen they are.
    static func escape(_ text: String, code: Bool = false) -> String {
        var out = ""
        var previous: Character = " "
        var inOption = false
        for character in text {
            switch character {
            case "\\": out += "\\e"
            case "-" where code || inOption || " ([|,\"".contains(previous):
                out += "\\-"
                inOption = true
            default:
                if " ,)]|=\"".contains(character) { inOption = false }
                out.append(character)
            }
            previous = character
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
