import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty import customers FILE`: a shop's customers in as members, all or nothing, exactly once.
enum CustomerImportCommand {
    static var command: Command {
        Command(name: "customers", summary: "the shop's customers as members (Shopify's customers CSV or WooCommerce's customers JSON)",
                arguments: ["FILE"],
                options: [Option("--signup-points", "award|skip", "give the sign-up points to customers who become members (default skip)"),
                          Option("--skip-invalid", "import the good rows; write the bad ones, with the reason, to FILE.rejects.csv"), .json],
                details: """
                    FILE is Shopify's Customers → Export CSV (columns Customer ID, First Name,
                    Last Name, Email, Accepts Email Marketing, Phone, …) or what WooCommerce's GET
                    /wp-json/wc/v3/customers returns (a JSON array, or one customer per line: id,
                    email, first_name, last_name, date_created_gmt, billing.phone). A file that
                    starts with [ or { is WooCommerce's; any other is read as Shopify's.

                    Every customer becomes a member (they have an account in the shop): someone
                    new is added, joined on their account's creation date when the export gives it
                    (WooCommerce's date_created_gmt; Shopify's export has none: today); a visitor
                    or pending person with that e-mail becomes a member. The sign-up points are
                    the owner's choice: skip (the default; they signed up before the programme
                    existed, so they get neither the points nor the welcome e-mail, and no later
                    change of status gives them) or award (the normal joining: the points and the
                    welcome e-mail, once per member). The summary says which.

                    Marketing consent comes from Accepts Email Marketing (yes or no; empty: not
                    known); WooCommerce keeps none, so it stays as it is. A phone Shopify wrote
                    with a leading ' is taken without it. A customer without an e-mail address is
                    passed over (counted): every member has one.

                    Each customer is remembered by the shop's id, with what the export said. A
                    later export changes a member only where the shop's values changed since
                    (name, phone, consent; each change in the audit log with the file and line),
                    so the same file twice changes nothing and a detail edited here by hand stays
                    until the shop's changes. A customer whose member was erased is left alone.

                    As with orders, the whole file is checked first: if any row is bad, nothing
                    is imported and every bad row is named (FILE line N: "field" is "value" —
                    why), exit 1; --skip-invalid imports the good rows and writes the bad ones to
                    FILE.rejects.csv (0600). One transaction. The file is read into memory (a
                    hundred thousand customers take some tens of MB). On a terminal a progress bar
                    shows how far it got.
                    """,
                examples: ["loyalty import customers customers_export.csv", "loyalty import customers customers.json --signup-points award"]) { invocation in
            try run(invocation)
        }
    }

    private static func run(_ invocation: Invocation) throws {
        let argument = invocation.argument(0)
        let readsStandardInput = argument == "-" || argument == "/dev/stdin"
        let path = readsStandardInput ? "stdin" : argument
        let signupPoints = try invocation.string("--signup-points").map { try invocation.choice($0, "--signup-points", as: SignupPoints.self) } ?? .skip
        guard let bytes = readsStandardInput ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: argument) else {
            throw Failure(message: invocation.words.text("cannot read {path}: no such file, or it is not readable. Nothing was imported.", ["path": .text(path)]))
        }
        let store = try invocation.openStore()
        let bar = !invocation.json && isatty(STDERR_FILENO) == 1 ? ImportProgressBar(file: path, words: invocation.words) : nil
        let summary: CustomerImportSummary
        do {
            summary = try store.importCustomers([UInt8](bytes), file: path, signupPoints: signupPoints, skipInvalid: invocation.flag("--skip-invalid")) {
                bar?.show($0)
            }
        } catch let refused as ImportRefused {
            bar?.finish()
            try ImportCommands.refuse(refused, path: path, invocation)
        }
        bar?.finish()
        var rejectsPath: String?
        if !summary.problems.isEmpty {
            rejectsPath = path + ".rejects.csv"
            try ImportCommands.writeRejects(summary.problems, to: rejectsPath!)
        }
        if invocation.json {
            return try JSON.print([
                "file": path, "format": summary.format.rawValue, "rows": summary.rows, "created": summary.created, "joined": summary.joined,
                "linked": summary.linked, "updated": summary.updated, "unchanged": summary.unchanged, "signup_points": summary.signupPoints.rawValue,
                "signups_awarded": summary.signupsAwarded, "signup_points_awarded": summary.signupPointsAwarded, "passed_over": summary.passedOver,
                "erased": summary.erased, "rejected": summary.rejected, "rejects_file": JSON.orNull(rejectsPath),
            ] as JSONObject)
        }
        let program = try store.program()
        let words = invocation.words
        let count = { (count: Int) in SentenceValue.integer(Int64(count)) }
        let values: [String: SentenceValue] = ["path": .text(path), "source": .text(summary.format == .shopify ? "Shopify" : "WooCommerce")]
        var lines = [words.plural("Imported {path} ({source} customers): {count} customer read.", "Imported {path} ({source} customers): {count} customers read.",
                                  count: Int64(summary.rows), values.merging(["count": count(summary.rows)]) { $1 })]
        lines.append(summaryLine(words.text("new members"), words.format(count(summary.created))))
        lines.append(summaryLine(words.text("joined"), words.text("{count} (visitors or pending people who became members)", ["count": count(summary.joined)])))
        lines.append(summaryLine(words.text("linked"), words.text("{count} (members already in the programme)", ["count": count(summary.linked)])))
        lines.append(summaryLine(words.text("updated"), words.text("{count} (name, phone or consent changed in the shop)", ["count": count(summary.updated)])))
        lines.append(summaryLine(words.text("unchanged"), words.text("{count} (imported before, nothing new)", ["count": count(summary.unchanged)])))
        switch summary.signupPoints {
        case .skip:
            lines.append(summaryLine(words.text("sign-up points"), words.text("skipped (they joined the shop before the programme; --signup-points award gives them)")))
        case .award:
            lines.append(summaryLine(words.text("sign-up points"), words.text("awarded to {members} ({points})", [
                "members": .text(words.plural("{count} member", "{count} members", count: Int64(summary.signupsAwarded), ["count": .integer(Int64(summary.signupsAwarded))])),
                "points": .points(summary.signupPointsAwarded, named: program.pointsName)])))
        }
        if summary.passedOver > 0 { lines.append(summaryLine(words.text("passed over"), words.text("{count} (no e-mail address)", ["count": count(summary.passedOver)]))) }
        if summary.erased > 0 { lines.append(summaryLine(words.text("erased"), words.text("{count} (erased on request; left alone)", ["count": count(summary.erased)]))) }
        lines.append(summaryLine(words.text("rejected"), ImportCommands.rejected(summary.rejected, rejectsPath, words)))
        Console.out(lines.joined(separator: "\n"))
    }
}
