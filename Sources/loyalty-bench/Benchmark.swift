import Foundation
import LoyaltyCore
import LoyaltyStore
import Terminal

/// Runs every measurement on one database and prints the table of figures against their targets.
struct Benchmark {
    let options: BenchOptions
    let database: DemoDatabase
    let sqlite: SQLiteCLI
    var report = Report()
    /// The store-level timings of each query compared with `sqlite3`, and the statements it ran.
    private var comparisons: [(row: String, ours: Samples, statements: [String], rounds: Int)] = []

    init(options: BenchOptions, database: DemoDatabase) throws {
        self.options = options
        self.database = database
        guard let sqlite = SQLiteCLI(database: database.path) else { throw BenchError.failed("the sqlite3 tool is needed (apt-get install sqlite3)") }
        self.sqlite = sqlite
    }

    mutating func run() throws -> [Verdict] {
        let path = database.path
        let members = Int64(try sqlite.scalar("SELECT max(id) FROM members")) ?? 0
        let entries = try sqlite.scalar("SELECT max(id) FROM ledger")
        print("Database: \(members) members, \(entries) ledger entries, \(fileSize(path)); load \(loadAverage())")
        if options.importOnly {
            step("import")
            return [try measureImport()]
        }
        if options.memberPagesOnly {
            step("member list pages, filtered and sorted")
            try MemberPagesBench(store: try Store(path: path), sqlite: sqlite).measure(into: &report)
            return []
        }

        step("first screen")
        report.add("open database + first screen", try DashboardBench.firstScreen(path: path, runs: 30), keypress: false)

        let bench = try DashboardBench(path: path)
        let store = bench.store
        var workload = Workload(memberCount: members)
        bench.press(.character("7"))
        report.add("render the member list, no key", bench.render(runs: 1_000), note: "one 100×30 frame")

        step("search")
        let prefixes = try workload.prefixes(100, store: store)
        let typed = bench.search(prefixes)
        report.add("search: / (open the field)", typed.open, keypress: true)
        report.add("search: each key typed", typed.typed, keypress: true, note: "100 prefixes, 2–5 chars")
        report.add("search: Esc (clear)", typed.clear, keypress: true)
        let steps = prefixes.flatMap(typedSteps)
        try compareQuery("search: each key typed", steps.map { MirroredSQL.search($0, limit: 50) }) { index in
            _ = try store.searchMembers(steps[index], limit: 50)
        }
        let pieces = try workload.substrings(100, length: 3...6, store: store)
        let typedPieces = bench.search(pieces.map(\.text), countedFrom: Store.substringSearchLength)
        report.add(Self.substringKeys, typedPieces.typed, keypress: true, note: "100 pieces from inside, 3–6 chars; keys 3+")
        let pieceSteps = pieces.flatMap { typedSteps($0.text).dropFirst(Store.substringSearchLength - 1) }
        try compareQuery(Self.substringKeys, pieceSteps.map { MirroredSQL.search($0, limit: 50) }) { index in
            _ = try store.searchMembers(pieceSteps[index], limit: 50)
        }
        let foundTyped = try pieces.filter { piece in try store.searchMembers(piece.text, limit: 50).contains { $0.id == piece.member.id } }.count
        let substrings = try workload.substrings(100, length: 3...3, store: store)
        var found = 0, substringSamples = Samples()
        for (text, member) in substrings {
            try substringSamples.time { if try store.searchMembers(text, limit: 50).contains(where: { $0.id == member.id }) { found += 1 } }
        }
        report.add("substring (3 chars) via searchMembers", substringSamples, note: "member among the 50 found: \(found)/100")
        report.notes.append("Substring search: of 100 random 3-character pieces from inside a name or e-mail, \(found) found the member they came from among the 50 results shown (the others match more than 50 members: the ones whose name or e-mail starts with the piece come first, then the lowest ids); of the 100 pieces of 3–6 characters typed into the dashboard, \(foundTyped) did after the last key.")
        try compareQuery("substring (3 chars) via searchMembers", substrings.map { MirroredSQL.search($0.text, limit: 50) }) { index in
            _ = try store.searchMembers(substrings[index].text, limit: 50)
        }

        step("member list pages")
        bench.press(.home)
        report.add("page at the start: PgDn", bench.repeatedly(.pageDown, 100), keypress: true)
        report.add("page at the start: PgUp", bench.repeatedly(.pageUp, 100), keypress: true)
        report.add("jump to the end: End", bench.repeatedly(.end, 1) , keypress: true)
        report.add("page at the end: PgUp", bench.repeatedly(.pageUp, 100), keypress: true)
        report.add("page at the end: PgDn", bench.repeatedly(.pageDown, 100), keypress: true)
        bench.press(.home)
        let cursors = try workload.cursors(100, store: store)
        for backwards in [false, true] {
            let name = "page in the middle: keyset \(backwards ? "PgUp" : "PgDn") + render"
            var samples = Samples()
            for cursor in cursors {
                try samples.time {
                    _ = try store.members(after: cursor, limit: 50, backwards: backwards)
                    _ = bench.dashboard.render()
                }
            }
            report.add(name, samples, keypress: true, note: "store page of 50 + screen")
            try compareQuery(name, cursors.map { MirroredSQL.memberPage(after: $0, limit: 50, backwards: backwards) }) { index in
                _ = try store.members(after: cursors[index], limit: 50, backwards: backwards)
            }
        }

        step("member list pages, filtered and sorted")
        try MemberPagesBench(store: store, sqlite: sqlite).measure(into: &report)

        step("a member with a long activity")
        let longest = try longestMember(store)
        let opened = try bench.openMember(email: longest.member.details.email, runs: 30, activityPages: 40)
        report.add("open a member (Enter)", opened.open, keypress: true, note: "\(longest.entries) entries")
        report.add("back to the results (Esc)", opened.back, keypress: true)
        report.add("member activity: PgDn", opened.activityPages, keypress: true)
        try compareQuery("open a member (Enter)", Array(repeating: MirroredSQL.activity(memberID: longest.member.id, limit: 50), count: 100)) { _ in
            _ = try store.activity(memberID: longest.member.id, limit: 50)
        }

        step("give and redeem")
        try giveAndRedeem(store, workload: &workload, avoiding: longest.member.id)

        let benchRSS = peakRSSMegabytes()
        var checkSamples = Samples()
        if options.checkRuns > 0 {
            step("check (\(options.checkRuns)×)")
            for _ in 0..<options.checkRuns {
                var problems: [String] = []
                try checkSamples.time { problems = try store.check() }
                print("  check: \(problems.isEmpty ? "ok" : "\(problems.count) problems, first: \(problems[0])") in \(String(format: "%.1f", checkSamples.values.last! / 1000)) s")
            }
            report.add("check", checkSamples)
        }
        let benchRSSWithCheck = peakRSSMegabytes()

        step("the sqlite3 yardstick")
        for comparison in comparisons {
            let theirs = try sqlite.meanMilliseconds(of: comparison.statements, rounds: comparison.rounds)
            report.compare(comparison.row, ours: comparison.ours.mean, sqlite: theirs)
        }

        step("the real dashboard in tmux")
        var dashboardRSS: Double?
        if let process = DashboardProcess() {
            let result = try process.measure(database: path, search: String(longest.member.details.name.prefix(4)), expect: "Café Aurora")
            dashboardRSS = result.peakMegabytes
            report.notes.append("The real dashboard (\(process.loyalty)) in tmux 100×30: first screen seen after \(Int(result.firstScreenMilliseconds)) ms (polled); keys: \(result.keys); VmHWM \(String(format: "%.1f", result.peakMegabytes)) MB.")
        } else {
            report.notes.append("The real dashboard was not measured: build it first (swift build -c release --product loyalty) and install tmux.")
        }
        report.notes.append(String(format: "Peak RSS of this bench process: %.1f MB before `check`, %.1f MB after (getrusage ru_maxrss; the database build ran in a child process).", benchRSS, benchRSSWithCheck))

        step("import")
        let importVerdict = try measureImport()
        return verdicts(dashboardRSS: dashboardRSS, importVerdict: importVerdict)
    }

    /// The row of the keys typed into the dashboard's search that search inside names and e-mails.
    private static let substringKeys = "search: each key typed, substrings"

    /// Times `loyalty import woocommerce` of `options.importOrders` orders against the `sqlite3`
    /// yardstick (see `ImportBench`); adds its row and notes and returns the import target's verdict.
    private mutating func measureImport() throws -> Verdict {
        let target = "import ≥ 100,000 orders/s"
        guard options.importOrders > 0 else { return Verdict(target: target, measured: "not measured (--import-orders 0)", met: nil) }
        guard let bench = ImportBench() else {
            return Verdict(target: target, measured: "not measured: build the loyalty binary first (swift build -c release --product loyalty)", met: nil)
        }
        let result = try bench.measure(database: database.path, orders: options.importOrders, seed: options.seed, dated: !options.undated,
                                       check: options.checkRuns > 0)
        let row = "import woocommerce: \(result.orders) orders in 1 transaction"
        report.add(row, Samples([result.seconds * 1_000]), note: "ms per order vs per row")
        report.compare(row, ours: result.seconds * 1_000 / Double(result.orders), sqlite: result.sqliteSeconds * 1_000 / Double(result.orders))
        report.notes.append(String(format: "Import: the real `loyalty import woocommerce` (%@) read %d JSON-lines orders (%d by new visitors, %d with a partial refund) "
                                   + "into a copy of the database in %.1f s = %.0f orders/s, peak RSS %.1f MB (wait4 ru_maxrss); load %@ before, %@ after. "
                                   + "sqlite3 `.import` of the same orders as CSV rows into a table with a primary key: %.2f s = %.0f rows/s; "
                                   + "the import takes %.1f× as long. sqlite3 writing the rows the import writes (entries through the ledger's triggers, lots, "
                                   + "events, orders, visitors, tiers), set-based in member order on another copy: %.1f s = %.0f orders/s; the import takes %.1f× as long.",
                                   bench.loyalty, result.orders, result.newVisitors, result.refunds, result.seconds, result.ordersPerSecond,
                                   result.peakMegabytes, result.loadBefore, result.loadAfter, result.sqliteSeconds, result.sqliteRowsPerSecond,
                                   result.seconds / result.sqliteSeconds, result.sameWritesSeconds, result.sameWritesPerSecond,
                                   result.seconds / result.sameWritesSeconds))
        report.notes.append("Import summary: \(result.summary)")
        if let check = result.check, let seconds = result.checkSeconds {
            report.notes.append(String(format: "`loyalty check` on the imported copy, %.1f s: %@", seconds, String(check.split(separator: "\n").first ?? "")))
        }
        return Verdict(target: target, measured: String(format: "%.0f orders/s (sqlite3 .import of the same rows: %.0f rows/s, ours/sqlite3 %.1f; "
                                                        + "sqlite3 writing the import's rows set-based: %.0f orders/s, ours/sqlite3 %.1f)",
                                                        result.ordersPerSecond, result.sqliteRowsPerSecond, result.seconds / result.sqliteSeconds,
                                                        result.sameWritesPerSecond, result.seconds / result.sameWritesSeconds),
                       met: result.ordersPerSecond >= 100_000)
    }

    private func step(_ name: String) {
        print("… \(name) (load \(loadAverage()))")
        fflush(nil)
    }

    /// Times `body` once per statement (the store doing what `statements` do), over several rounds
    /// to reach about 1,000 calls (one round when a round takes over a second), and remembers both
    /// for the `sqlite3` run at the end, which runs as many rounds.
    private mutating func compareQuery(_ row: String, _ statements: [String], _ body: (Int) throws -> Void) throws {
        var ours = Samples()
        for index in statements.indices { try ours.time { try body(index) } }
        let rounds = ours.values.reduce(0, +) > 1_000 ? 1 : max(1, 1_000 / statements.count)
        for _ in 1..<rounds {
            for index in statements.indices { try ours.time { try body(index) } }
        }
        comparisons.append((row, ours, statements, rounds))
    }

    /// The member with the most ledger entries, given entries by hand until there are 2,000.
    private func longestMember(_ store: Store) throws -> (member: Member, entries: Int) {
        let row = try sqlite.scalar("SELECT member_id || ' ' || count(*) FROM ledger GROUP BY member_id ORDER BY count(*) DESC LIMIT 1").split(separator: " ")
        guard row.count == 2, let id = Int64(row[0]), var count = Int(row[1]) else { throw BenchError.failed("no ledger entries") }
        let member = try store.member(id: id)
        if count < 2_000 {
            print("  giving \(member.details.email) \(2_000 - count) entries by hand (they had \(count))…")
            while count < 2_000 {
                _ = try store.give(email: member.details.email, points: 1, reason: "Benchmark: a long history")
                count += 1
            }
        }
        return (try store.member(id: id), count)
    }

    /// Gives points and redeems the cheapest reward, one transaction each, 50 times, on a member
    /// picked at random (whose only change is these entries and coupons).
    private mutating func giveAndRedeem(_ store: Store, workload: inout Workload, avoiding: Int64) throws {
        let reward = try store.rewards().compactMap { reward -> (Reward, Points)? in
            guard reward.active, case .fixed(let fixed) = reward.kind, fixed.minimumTierID == nil, fixed.minimumSubtotal == nil else { return nil }
            return (reward, fixed.cost)
        }.min { $0.1 < $1.1 }
        guard let (reward, cost) = reward else { throw BenchError.failed("the demo has no reward to redeem") }
        var member = try workload.member(store)
        while member.status != .member || member.id == avoiding { member = try workload.member(store) }
        var give = Samples(), redeem = Samples()
        for _ in 0..<50 {
            try give.time { _ = try store.give(email: member.details.email, points: cost, reason: "Benchmark: give") }
            try redeem.time { _ = try store.redeem(RedeemRequest(email: member.details.email, rewardID: reward.id)) }
        }
        report.add("give points (1 transaction)", give)
        report.add("redeem \"\(reward.name)\" (1 transaction)", redeem)
    }

    private func verdicts(dashboardRSS: Double?, importVerdict: Verdict) -> [Verdict] {
        let first = report.line("open database + first screen")!.samples
        let prefixKeys = report.line("search: each key typed")!.samples, substringKeys = report.line(Self.substringKeys)!.samples
        var search = prefixKeys
        search.add(substringKeys)
        let keypresses = report.lines.filter(\.keypress)
        let slowest = keypresses.max { $0.samples.p95 < $1.samples.p95 }!
        let slowestSingle = keypresses.max { $0.samples.max < $1.samples.max }!
        return [
            Verdict(target: "first screen ≤ 150 ms (p95)", measured: String(format: "p95 %.1f ms, median %.1f ms", first.p95, first.median), met: first.p95 <= 150),
            Verdict(target: "search ≤ 5 ms p95 (key → screen)", measured: String(format: "p95 %.2f ms (prefix keys %.2f, substring keys %.2f)", search.p95, prefixKeys.p95, substringKeys.p95),
                    met: search.p95 <= 5),
            Verdict(target: "any key press ≤ 16 ms (p95 of every kind)", measured: String(format: "worst p95 %.2f ms (%@); slowest single %.1f ms (%@)", slowest.samples.p95, slowest.name, slowestSingle.samples.max, slowestSingle.name), met: slowest.samples.p95 <= 16),
            Verdict(target: "dashboard RSS ≤ 40 MB", measured: dashboardRSS.map { String(format: "VmHWM %.1f MB", $0) } ?? "not measured (no loyalty binary or tmux)", met: dashboardRSS.map { $0 <= 40 }),
            importVerdict,
        ]
    }

    private func fileSize(_ path: String) -> String {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return String(format: "%.2f GB", Double(bytes) / 1e9)
    }
}
