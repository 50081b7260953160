import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty rule list|add|edit|enable|disable|delete`: the ways to earn.
enum RuleCommands {
    static var command: Command {
        Command(name: "rule", summary: "ways to earn: list, add, edit, enable, disable, delete",
                details: """
                    One way to earn per kind; custom actions need distinct names. Disabling or
                    deleting the last active way to earn pauses an active programme, and says so.
                    """,
                subcommands: [list, add, edit, enable, disable, delete])
    }

    private static let capOptions = [
        Option("--max-per-event", "N", "at most N points per event"),
        Option("--max-per-day", "N", "at most N points per member per day from this rule"),
    ]

    static var list: Command {
        Command(name: "list", summary: "list the ways to earn", options: [.json], examples: ["loyalty rule list"]) { invocation in
            let store = try invocation.openStore()
            let program = try store.program(), rules = try store.rules()
            if invocation.json { return try JSON.print(rules.map(json)) }
            let words = invocation.words
            var table = Table([words.text("ID"), words.text("KIND"), words.text("NAME"), words.text("EARNS"), words.text("LIMITS"), words.text("ACTIVE")],
                              numeric: [0])
            for rule in rules {
                table.add([String(rule.id), rule.kind.rawValue, rule.name, earns(rule, program, words), limits(rule, words), DomainWords.yesNo(rule.active, words)])
            }
            table.print(empty: words.text("No ways to earn yet: add one with `loyalty rule add order --points 10 --per 1`."))
        }
    }

    static var add: Command {
        Command(name: "add", summary: "add a way to earn (one per kind; custom actions by name)", arguments: ["KIND"],
                options: [Option("--points", "N", "points per event, or per --per amount spent (required)"),
                          Option("--per", "AMOUNT", "give --points for every whole AMOUNT spent (order, booking, event_ticket)"),
                          Option("--name", "TEXT", "the name shown (required for custom actions)")]
                    + capOptions + [Option("--inactive", "add it switched off")],
                details: """
                    KIND is one of: \(EarningKind.allCases.map(\.rawValue).joined(separator: ", ")).
                    One rule per kind; custom actions need distinct names. With --per, --points
                    are given for every whole AMOUNT spent, the spend rounded down first: 10 points
                    per 1.00 earns 40 on 4.99. Tier and campaign multipliers apply, then the caps.
                    """,
                examples: ["loyalty rule add order --points 10 --per 1      # 10 points per 1.00 spent",
                           "loyalty rule add order --points 50              # 50 points per order",
                           "loyalty rule add review --points 20 --max-per-day 40",
                           "loyalty rule add custom --name \"Follow us on Instagram\" --points 15"]) { invocation in
            let kind = try parseKind(invocation.argument(0), invocation)
            let points = try invocation.require(invocation.int("--points"), "--points")
            let store = try invocation.openStore()
            let program = try store.program()
            let award = try invocation.money("--per", currency: program.currency).map { EarningAward.perSpend(points: points, per: $0) } ?? .fixed(points)
            let rule = try store.addRule(EarningRule(kind: kind, name: invocation.string("--name"), award: award,
                                                     maxPerEvent: try invocation.int("--max-per-event"), maxPerMemberPerDay: try invocation.int("--max-per-day"),
                                                     active: !invocation.flag("--inactive")))
            let values: [String: SentenceValue] = ["id": .integer(rule.id), "name": .text(rule.name), "earns": .text(earns(rule, program, invocation.words))]
            Console.out(rule.active ? invocation.words.text("Added way to earn {id}: {name}, {earns}.", values)
                                    : invocation.words.text("Added way to earn {id}: {name}, {earns} (inactive).", values))
        }
    }

    static var edit: Command {
        Command(name: "edit", summary: "change a way to earn", arguments: ["ID"],
                options: [Option("--points", "N", "the points it gives"),
                          Option("--per", "AMOUNT|off", "give points per whole AMOUNT spent, or off for a fixed number per event"),
                          Option("--name", "TEXT", "the name shown"),
                          Option("--max-per-event", "N|off", "at most N points per event"),
                          Option("--max-per-day", "N|off", "at most N points per member per day")],
                examples: ["loyalty rule edit 1 --points 15 --max-per-day off"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            guard invocation.hasAny(["--points", "--per", "--name", "--max-per-event", "--max-per-day"]) else {
                throw invocation.usage(invocation.words.text("say what to change, e.g. --points 15"))
            }
            let store = try invocation.openStore()
            let program = try store.program()
            var rule = try store.rule(id: id)
            if let name = invocation.string("--name") { rule.name = name }
            var (points, per) = parts(rule.award)
            points = try invocation.int("--points") ?? points
            if let newPer = try invocation.optionalOff("--per", { try invocation.money($0, "--per", currency: program.currency) }) { per = newPer }
            rule.award = per.map { .perSpend(points: points, per: $0) } ?? .fixed(points)
            if let cap = try invocation.optionalOff("--max-per-event", { try invocation.wholeNumber($0, "--max-per-event") }) { rule.maxPerEvent = cap }
            if let cap = try invocation.optionalOff("--max-per-day", { try invocation.wholeNumber($0, "--max-per-day") }) { rule.maxPerMemberPerDay = cap }
            report(try store.editRule(rule), did: .changed, program, invocation.words)
        }
    }

    static var enable: Command { activation("enable", true, summary: "switch a way to earn on") }
    static var disable: Command { activation("disable", false, summary: "switch a way to earn off (the last one off pauses the programme)") }

    private static func activation(_ name: String, _ active: Bool, summary: String) -> Command {
        Command(name: name, summary: summary, arguments: ["ID"], examples: ["loyalty rule \(name) 2"]) { invocation in
            let store = try invocation.openStore()
            report(try store.setRuleActive(id: try invocation.wholeNumber(invocation.argument(0), "ID"), active), did: active ? .enabled : .disabled,
                   try store.program(), invocation.words)
        }
    }

    static var delete: Command {
        Command(name: "delete", summary: "delete a way to earn (the last active one pauses the programme)", arguments: ["ID"],
                examples: ["loyalty rule delete 2"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            let store = try invocation.openStore()
            let change = try store.deleteRule(id: id)
            Console.out(invocation.words.text("Deleted way to earn {id}.", ["id": .integer(id)]))
            if change.pausedProgram { Console.out(pausedNotice(invocation.words)) }
        }
    }

    private static func pausedNotice(_ words: Localizer) -> String {
        words.text("That was the last active way to earn, so the programme is now paused; enable or add one, then `loyalty program resume`.")
    }

    /// What a command did to a way to earn.
    private enum Change { case changed, enabled, disabled }

    private static func report(_ change: RuleChange, did: Change, _ program: Program, _ words: Localizer) {
        if let rule = change.rule {
            let limits = limits(rule, words)
            let values: [String: SentenceValue] = ["id": .integer(rule.id), "name": .text(rule.name),
                                                   "earns": .text(earns(rule, program, words) + (limits.isEmpty ? "" : ", " + limits)),
                                                   "state": .text(rule.active ? words.text("active") : words.text("inactive"))]
            switch did {
            case .changed: Console.out(words.text("Way to earn {id} ({name}) changed: {earns}, {state}.", values))
            case .enabled: Console.out(words.text("Way to earn {id} ({name}) enabled: {earns}, {state}.", values))
            case .disabled: Console.out(words.text("Way to earn {id} ({name}) disabled: {earns}, {state}.", values))
            }
        }
        if change.pausedProgram { Console.out(pausedNotice(words)) }
    }

    /// What a way to earn gives: "10 Stars per 1.00 EUR", "50 Stars".
    private static func earns(_ rule: EarningRule, _ program: Program, _ words: Localizer) -> String {
        switch rule.award {
        case .fixed(let points): return words.format(.points(points, named: program.pointsName))
        case .perSpend(let points, let per):
            return words.text("{points} per {amount}", ["points": .points(points, named: program.pointsName), "amount": .text("\(words.format(.amount(per))) \(per.currency.code)")])
        }
    }

    /// "max 40/event, max 40/day", or "" without caps.
    private static func limits(_ rule: EarningRule, _ words: Localizer) -> String {
        [rule.maxPerEvent.map { words.text("max {count}/event", ["count": .grouped($0)]) },
         rule.maxPerMemberPerDay.map { words.text("max {count}/day", ["count": .grouped($0)]) }].compactMap { $0 }.joined(separator: ", ")
    }

    static func json(_ rule: EarningRule) -> JSONObject {
        let (points, per) = parts(rule.award)
        return ["id": rule.id, "kind": rule.kind.rawValue, "name": rule.name, "points": points, "per": JSON.orNull(per?.decimalString),
                "max_per_event": JSON.orNull(rule.maxPerEvent), "max_per_day": JSON.orNull(rule.maxPerMemberPerDay), "active": rule.active]
    }

    /// The points an award gives, and the amount spent per which it gives them (nil for a fixed award).
    private static func parts(_ award: EarningAward) -> (Points, Money?) {
        switch award {
        case .fixed(let points): return (points, nil)
        case .perSpend(let points, let per): return (points, per)
        }
    }

    /// An earning kind as typed: "order", "event_ticket" or "event-ticket".
    static func parseKind(_ text: String, _ invocation: Invocation) throws -> EarningKind {
        try invocation.choice(text.replacingOccurrences(of: "-", with: "_"), "kind", as: EarningKind.self)
    }

    /// A rule named by its id or its kind (e.g. "order"), as campaigns take them.
    static func resolve(_ text: String, store: Store, _ invocation: Invocation) throws -> EarningRule {
        if let id = Int64(text) { return try store.rule(id: id) }
        return try store.rule(kind: parseKind(text, invocation))
    }
}
