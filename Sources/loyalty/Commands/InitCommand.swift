import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty init`: creates the database and sets the programme's details.
enum InitCommand {
    static let detailOptions = [
        Option("--name", "NAME", "the programme's name, e.g. \"Café Zoë Rewards\""),
        Option("--points-name", "WORD", "what points are called (default Points), e.g. Stars"),
        Option("--icon", "TEXT", "the points icon: one of \(Program.iconChoices.joined(separator: " ")) or short text"),
        Option("--currency", "CODE", "ISO currency code (default EUR)"),
    ]

    static var command: Command {
        Command(name: "init", summary: "create the database and name the programme",
                options: detailOptions,
                details: """
                    Creates the database file (private to you) with a draft programme. Refuses when
                    the file already holds a named programme: change that one with "loyalty program
                    set". On a file with an unnamed programme it sets the details given.

                    The points name is written as a plural ("Stars"); for exactly 1 the dashboard,
                    the CLI and e-mails drop one final "s" ("1 Star per 1.00 EUR"), unless the name
                    ends in "ss". A name that does not end in "s" reads the same for 1 ("1 Karma").
                    """,
                examples: ["loyalty init --name \"Café Zoë Rewards\" --points-name Stars --icon ☕ --currency EUR"],
                action: run)
    }

    static func run(_ invocation: Invocation) throws {
        let path = invocation.databasePath
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try invocation.openStore(create: true)
        let current = try store.program()
        if existed, !current.name.isEmpty {
            throw Failure(message: invocation.words.text("{path} already holds the programme \"{name}\"; change it with `loyalty program set`",
                                                         ["path": .text(path), "name": .text(current.name)]))
        }
        let program = try store.updateProgram(ProgramUpdate(name: invocation.string("--name"), pointsName: invocation.string("--points-name"),
                                                            pointsIcon: invocation.string("--icon"), currency: invocation.string("--currency")))
        let words = invocation.words
        let values: [String: SentenceValue] = ["path": .text(path), "name": .text(program.name), "points": .text(program.pointsName),
                                               "icon": .text(program.pointsIcon), "currency": .text(program.currency.code)]
        switch (existed, program.name.isEmpty) {
        case (false, false): Console.out(words.text("Created {path}: \"{name}\", {points} {icon}, {currency}, draft.", values))
        case (false, true): Console.out(words.text("Created {path}: an unnamed programme, {points} {icon}, {currency}, draft.", values))
        case (true, false): Console.out(words.text("Set up {path}: \"{name}\", {points} {icon}, {currency}, draft.", values))
        case (true, true): Console.out(words.text("Set up {path}: an unnamed programme, {points} {icon}, {currency}, draft.", values))
        }
        if store.role == .owner, try store.users().count == 1 {
            Console.out(words.text("You ({user}) are its owner; let others in with `loyalty user add NAME --role staff|viewer`.", ["user": .text(store.actor)]))
        }
        Console.out(words.text("Next: add a way to earn (loyalty rule add …) and a reward (loyalty reward add …), then loyalty program launch."))
    }
}
