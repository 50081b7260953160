import LoyaltyCore
import LoyaltyText
import LoyaltyStore

/// `loyalty program show|set|launch|pause|resume`: the programme's details and status.
enum ProgramCommands {
    static var command: Command {
        Command(name: "program", summary: "show or change the programme; launch, pause, resume it",
                details: """
                    A programme launches when it has a name, at least one active way to earn and at
                    least one active reward. Nothing is earned or redeemed unless it is active.
                    """,
                subcommands: [show, set, launch, pause, resume])
    }

    static var show: Command {
        Command(name: "show", summary: "show the programme's details and status, and what stops it launching",
                options: [.json], examples: ["loyalty program show --json"]) { invocation in
            let store = try invocation.openStore()
            try present(try store.program(), problems: try store.launchProblems(), invocation)
        }
    }

    static var set: Command {
        Command(name: "set", summary: "change the programme's details",
                options: InitCommand.detailOptions + [
                    Option("--expiry-months", "N|off", "points expire N months after they were earned, or never (off, the default); " + ExpiryWording.appliesFromNow),
                    Option("--tier-window-months", "N", "tiers count points earned within the last N months (default 12)"),
                    Option("--language", "en|nl|fr|he", "the language customers read: e-mails, the programme page, My Rewards (default en)"),
                ] + ProgramExpiryOptions.options,
                details: """
                    The currency can change only until rules, rewards or orders hold amounts of
                    money. --expiry-months 12 makes points expire 12 months after they were earned
                    (off by default). Switched on (or changed) while members hold points, it
                    needs a choice: --expiry-applies held makes each held point expire N months
                    after it was earned, never before today (--expiry-grace DATE: never before
                    DATE); --expiry-applies new leaves held points with the date they had, or
                    none. --dry-run prints what each choice does, with the real figures, and
                    changes nothing. Tier thresholds count the points earned (and given) within
                    the tier window (--tier-window-months, default 12). --language sets the
                    language customers read, apart from the one you work in: the automated
                    e-mails still worded as Loyalty wrote them are rewritten in it (those you
                    edited stay as you wrote them), the pages say it (Hebrew right to left),
                    and points you have not named take its word ("Punten", "נקודות").
                    """,
                examples: ["loyalty program set --name \"Café Zoë Rewards\" --points-name Stars --expiry-months 12", "loyalty program set --language he",
                           "loyalty program set --expiry-months 12 --expiry-applies held --expiry-grace 2027-03-01 --dry-run"]) { invocation in
            let names = (InitCommand.detailOptions.map(\.name) + ["--expiry-months", "--tier-window-months", "--language"] + ProgramExpiryOptions.names)
            guard invocation.hasAny(names) else { throw invocation.usage(invocation.words.text("say what to change, e.g. --name \"…\"")) }
            let expiry = try invocation.optionalOff("--expiry-months") { Int(try invocation.wholeNumber($0, "--expiry-months")) }
            let window = try invocation.int("--tier-window-months").map { Int($0) }
            let scope = try ProgramExpiryOptions.scope(invocation, months: expiry)
            let language = try invocation.string("--language").map { try CustomerLanguage(code: $0) }
            let store = try invocation.openStore()
            if invocation.flag("--dry-run") {
                return try ProgramExpiryOptions.dryRun(store, months: expiry, scope: scope, pointsName: invocation.string("--points-name") ?? (try store.program()).pointsName, invocation.words)
            }
            let program = try store.updateProgram(ProgramUpdate(
                name: invocation.string("--name"), pointsName: invocation.string("--points-name"), pointsIcon: invocation.string("--icon"),
                currency: invocation.string("--currency"), expiryMonths: expiry, tierWindowMonths: window, expiryScope: scope,
                customerLanguage: language))
            try present(program, problems: try store.launchProblems(), invocation)
        }
    }

    static var launch: Command {
        statusChange("launch", summary: "launch the programme; when refused, prints every reason",
                     done: { words, values in words.text("\"{name}\" is launched: members now earn and redeem.", values) }) { try $0.launch() }
    }

    static var pause: Command {
        statusChange("pause", summary: "pause the programme: nothing is earned or redeemed until it resumes",
                     done: { words, values in words.text("\"{name}\" is paused: nothing is earned or redeemed until `loyalty program resume`.", values) }) { try $0.pause() }
    }

    static var resume: Command {
        statusChange("resume", summary: "resume a paused programme (with the same checks as launching)",
                     done: { words, values in words.text("\"{name}\" is active again.", values) }) { try $0.resume() }
    }

    /// A command that moves the programme's status; `done` words the sentence that reports it.
    private static func statusChange(_ name: String, summary: String, done: @escaping (Localizer, [String: SentenceValue]) -> String,
                                     _ change: @escaping (Store) throws -> Program) -> Command {
        Command(name: name, summary: summary, examples: ["loyalty program \(name)"]) { invocation in
            let program = try change(try invocation.openStore())
            Console.out(done(invocation.words, ["name": .text(program.name)]))
        }
    }

    private static func present(_ program: Program, problems: [LaunchProblem], _ invocation: Invocation) throws {
        if invocation.json {
            try JSON.print([
                "name": program.name, "points_name": program.pointsName, "points_icon": program.pointsIcon,
                "currency": program.currency.code, "status": program.status.rawValue,
                "expiry_months": JSON.orNull(program.expiryMonths), "tier_window_months": program.tierWindowMonths,
                "customer_language": program.customerLanguage.rawValue,
                "launch_problems": program.status == .active ? [] : problems.map(\.sentence.english),
            ] as JSONObject)
            return
        }
        let words = invocation.words
        let months = { (count: Int) in words.plural("{count} month", "{count} months", count: Int64(count)) }
        printFields([
            (words.text("Name"), program.name.isEmpty ? words.text("(none)") : program.name),
            (words.text("Status"), DomainWords.status(program.status, words)),
            (words.text("Points"), "\(program.pointsName) \(program.pointsIcon)"),
            (words.text("Currency"), program.currency.code),
            (words.text("Expiry"), program.expiryMonths.map { words.text("{months} after earning", ["months": .text(months($0))]) } ?? words.text("off")),
            (words.text("Tier window"), months(program.tierWindowMonths)),
            (words.text("Customers' language"), program.customerLanguage.rawValue),
        ])
        if program.status != .active, !problems.isEmpty {
            Console.out(words.text("Before it can launch:") + "\n" + problems.map { "  - " + words.words($0.sentence) }.joined(separator: "\n"))
        }
    }
}
