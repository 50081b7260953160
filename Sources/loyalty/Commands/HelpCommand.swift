/// `loyalty help [COMMAND [SUBCOMMAND]]`: a command's help, as `--help` shows it; with `--man`,
/// the manual page of every command.
enum HelpCommand {
    static let man = Option("--man", "print the manual page of every command (troff; read it with man -l -)")

    static var command: Command {
        Command(name: "help", summary: "show a command's help, or the manual page (--man)",
                arguments: ["[COMMAND]", "[SUBCOMMAND]"], options: [man],
                details: "The same text as \"loyalty COMMAND [SUBCOMMAND] --help\". The manual page holds the help of every command.",
                examples: ["loyalty help rule add", "loyalty help --man | man -l -"]) { invocation in
            let root = CommandTree.root
            if invocation.flag(man.name) {
                guard invocation.positionals.isEmpty else { throw invocation.usage("--man prints every command; give no command with it") }
                return Console.out(ManPage(root: root, version: CommandTree.version).text)
            }
            var command = root, path = [root.name]
            for name in invocation.positionals {
                guard let next = command.subcommand(named: name) else {
                    let names = command.subcommands.map(\.name).joined(separator: ", ")
                    let words = invocation.words, at = path.joined(separator: " ")
                    let message = command.subcommands.isEmpty
                        ? words.text("'{command}' has no subcommands", ["command": .text(at)])
                        : words.text("'{word}' is not a command of '{command}'; choose one of: {names}", ["word": .text(name), "command": .text(at), "names": .text(names)])
                    throw UsageError(message, Help(command: command, path: path, words: invocation.words))
                }
                command = next
                path.append(name)
            }
            Console.out(Help(command: command, path: path, words: invocation.words).text)
        }
    }
}
