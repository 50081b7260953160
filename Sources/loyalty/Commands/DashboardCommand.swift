import Foundation
import LoyaltyStore
import LoyaltyText

/// `loyalty` with no command: the full-screen dashboard, on the database or on a fresh demo.
enum DashboardCommand {
    static let demo = Option("--demo", choices: ["draft"],
                             "open the dashboard on a freshly built demo database: a launched programme with history; with draft, the programme set up but not launched (no members yet), opening on Review & launch")
    static let theme = Option("--theme", "NAME", "colour theme from themes/ (default, light, high-contrast); NO_COLOR turns colours off")
    static let noMouse = Option("--no-mouse", "do not capture the mouse (leaves text selection to the terminal)")
    static var options: [Option] { [demo, theme, noMouse] }

    @MainActor
    static func open(_ invocation: Invocation) throws {
        let writing = try OperatorWriting.mode(language: invocation.words.language, option: invocation.string(OperatorWriting.option.name),
                                               environment: ProcessInfo.processInfo.environment, words: invocation.words)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure(message: invocation.words.text("the dashboard needs a terminal; run a command instead (loyalty --help lists them)"))
        }
        let store: Store
        var demoDirectory: DemoDirectory?
        defer { demoDirectory?.remove() }
        if invocation.flag(demo.name) {
            let path: String
            if let given = invocation.values[GlobalOptions.database.name] {
                path = given
            } else {
                demoDirectory = try DemoDirectory()
                path = demoDirectory!.database
            }
            store = try Store(path: path, actor: invocation.actor())
            Console.error(demoDirectory == nil ? invocation.words.text("Building a demo programme in {path}…", ["path": .text(path)])
                          : invocation.words.text("Building a demo programme in {path} (removed when you quit)…", ["path": .text(path)]))
            _ = try store.buildDemo(invocation.string(demo.name) == "draft" ? DemoOptions(members: 0, launched: false) : DemoOptions())
        } else {
            store = try invocation.openStore(create: true)
        }
        try runDashboard(store: store, themeName: invocation.string(theme.name), mouse: !invocation.flag(noMouse.name), writing: writing, words: invocation.words)
    }
}

/// `loyalty demo`: builds a demo database (for trying the dashboard or measuring it at scale).
enum DemoCommand {
    static var command: Command {
        Command(name: "demo", summary: "build a demo programme with members and months of history in a new database",
                options: [Option("--members", "N", "how many people (default 2000; 1000000 for a big shop)"),
                          Option("--seed", "N", "the same seed builds the same demo (default 42)"),
                          Option("--days", "N", "days of history (default 540)"), .json],
                details: """
                    Builds a demo programme (Café Aurora Rewards: ways to earn, rewards, tiers,
                    campaigns) with members and months of history into a new or empty database.
                    The same seed builds the same demo. Its history is what the ordinary path
                    leaves: sign-ups, orders, refunds and redemptions on the days they happened,
                    points expired 12 months after they were earned, tiers from the last 12
                    months, with their events, and in the outbox the e-mails they were sent. It is one transaction: a demo stopped midway
                    leaves the database empty. --json prints members, entries, coupons and
                    seconds. "loyalty --demo" opens the dashboard on a fresh demo database instead,
                    built in a new private directory in the temporary directory and removed when you
                    quit (with --db PATH, built there and kept); "--demo draft" sets the same
                    programme up as a draft with no members.
                    """,
                examples: ["loyalty --db /tmp/demo.db demo --members 1000000", "loyalty --db /tmp/demo.db"]) { invocation in
            let options = DemoOptions(members: Int(try invocation.int("--members") ?? 2_000), seed: UInt64(try invocation.int("--seed") ?? 42),
                                      days: Int(try invocation.int("--days") ?? Int64(DemoOptions().days)))
            let started = Date()
            let words = invocation.words
            let store = try invocation.openStore(create: true)
            let report = try store.buildDemo(options) { done in
                guard isatty(STDERR_FILENO) == 1 else { return }
                let progress = words.plural("{done} of {count} member…", "{done} of {count} members…", count: Int64(options.members), ["done": .grouped(Int64(done))])
                FileHandle.standardError.write(Data(("\r" + progress).utf8))
            }
            let seconds = Date().timeIntervalSince(started)
            if isatty(STDERR_FILENO) == 1 { Console.error("") }
            if invocation.json {
                return try JSON.print(["members": report.members, "entries": report.entries, "coupons": report.coupons, "seconds": Int(seconds)] as JSONObject)
            }
            Console.out(words.text("Built {members}, {entries} and {coupons} in {seconds} s: {path}", [
                "members": .text(words.plural("{count} member", "{count} members", count: Int64(report.members))),
                "entries": .text(words.plural("{count} ledger entry", "{count} ledger entries", count: Int64(report.entries))),
                "coupons": .text(words.plural("{count} coupon", "{count} coupons", count: Int64(report.coupons))),
                "seconds": .text(String(format: "%.1f", seconds).replacingOccurrences(of: ".", with: String(words.style.decimalMark))),
                "path": .text(invocation.databasePath)]))
        }
    }
}
