import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import Terminal

/// `loyalty import woocommerce|shopify|events|customers FILE`: a shop's orders (or customers) in, all or nothing, exactly once.
enum ImportCommands {
    static var command: Command {
        Command(name: "import", summary: "import a shop's orders (WooCommerce, Shopify, or the generic events file) or its customers; each counts once",
                details: """
                    The whole file is checked first. If any row is bad, nothing is imported and
                    every bad row is named (FILE line N: "field" is "value" — why), exit 1. With
                    --skip-invalid the good rows are imported and the bad ones written, with the
                    reason, to FILE.rejects.csv (0600, replaced whole; stdin.rejects.csv in the
                    current directory for standard input). Amounts in another currency than the
                    programme's are refused.

                    Everything is applied in one transaction through the same rules as event and
                    refund, so an interrupted import changes nothing and can simply be run again,
                    and importing a later export of the same orders applies only what changed. An
                    order whose details changed after it earned keeps its earlier award; the import
                    reports it (stderr, "changed" in --json). Every balance, tier and e-mail is
                    what applying the file line by line gives.

                    The file is read a piece at a time, twice (to check, then to apply), so
                    millions of orders need little memory; a file that changes between the two
                    readings is refused. FILE - (standard input) or a pipe is copied as it is
                    checked to a private temporary file in TMPDIR, removed afterwards. A file that
                    cannot be read as a whole is refused whole, naming the line, even with
                    --skip-invalid: text after the end of a JSON array (two exports joined), an
                    array that never closes, a CSV file cut short inside a row, a quote that never
                    closes, a column named twice, a record over 1 MiB. CSV lines may end in CRLF,
                    LF or CR. Files must be UTF-8: a row that is not is refused, naming the line,
                    column and byte.

                    On a terminal a progress bar shows rows, rate and time left; the summary (or
                    --json) gives orders earned, points, reversals, duplicates skipped, visitors
                    created and rejected rows.
                    """,
                subcommands: [
                    format(.woocommerce, name: "woocommerce", summary: "orders from the WooCommerce REST API v3 (a JSON array, or one order per line)",
                           details: """
                               FILE is what GET /wp-json/wc/v3/orders returns (a JSON array), or one order per
                               line. processing/completed orders with date_paid earn on total − total_tax −
                               shipping_total (goods after coupons, without tax and shipping), keyed
                               order:woo:<id>. Each refunds[] entry takes back its share (floor(refund ×
                               subtotal ÷ total) of the subtotal), once per refund id; cancelled/refunded
                               orders take back the rest. Other statuses are passed over until paid.
                               An order is dated date_paid_gmt (else date_created_gmt), a refund its own
                               date_created_gmt; entries keep those dates (see Dates in the README).
                               A new order's billing.phone is given to a member who has no phone (never
                               replacing one), audited with the file and line.
                               """,
                           example: "loyalty import woocommerce orders.json"),
                    format(.shopify, name: "shopify", summary: "Shopify's orders export CSV (one row per line item)",
                           details: """
                               FILE is Shopify's Orders → Export CSV. paid and partially_refunded orders earn
                               on Subtotal (key order:shopify:#1001). Refunded Amount is a running total, so
                               only its increase since the last import is taken back; refunded, voided or a
                               Cancelled at date take back the rest. A paid order with a 0.00 Subtotal and no
                               Email earns nothing and names no one: it is passed over and counted.
                               An order is dated Paid at (else Created at), a cancellation Cancelled at,
                               each with its offset; entries keep those dates. A new order's Phone (else
                               Billing Phone) is given to a member who has no phone (never replacing
                               one), audited with the file and line.
                               """,
                           example: "loyalty import shopify orders_export.csv"),
                    format(.events, name: "events", summary: "the generic CSV or JSON-lines file for any other platform",
                           details: """
                               Columns (a CSV header row, or the same keys in JSON lines): kind, email,
                               external_id, amount, currency, occurred_at, name, and optionally action (custom
                               kinds) and refund_id. kind is order, booking, event_ticket, event_rsvp,
                               newsletter, review, birthday, custom, refund (of the order external_id; with an
                               amount it needs refund_id) or cancel. Ids are used as given, so external_id
                               1042 is the same order as "event order --order 1042". occurred_at (ISO 8601,
                               UTC unless it has an offset) is when it happened; empty: when imported.
                               """,
                           example: "loyalty import events events.csv --skip-invalid"),
                    CustomerImportCommand.command,
                ])
    }

    private static func format(_ format: ImportFormat, name: String, summary: String, details: String, example: String) -> Command {
        Command(name: name, summary: summary, arguments: ["FILE"],
                options: [Option("--skip-invalid", "import the good rows; write the bad ones, with the reason, to FILE.rejects.csv"), .json],
                details: details, examples: [example]) { invocation in
            try run(format, invocation)
        }
    }

    private static func run(_ format: ImportFormat, _ invocation: Invocation) throws {
        let argument = invocation.argument(0)
        let readsStandardInput = argument == "-" || argument == "/dev/stdin"
        // Named `stdin` in messages and in the reject file's name (in the current directory).
        let path = readsStandardInput ? "stdin" : argument
        let source = readsStandardInput ? "/dev/stdin" : argument
        let skipInvalid = invocation.flag("--skip-invalid")
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw Failure(message: invocation.words.text("cannot read {path}: no such file, or it is not readable. Nothing was imported.", ["path": .text(path)]))
        }
        let store = try invocation.openStore()
        let program = try store.program()
        let bar = !invocation.json && isatty(STDERR_FILENO) == 1 ? ImportProgressBar(file: path, words: invocation.words) : nil
        let summary: ImportSummary
        do {
            summary = try store.importFile(.file(path: source), format: format, file: path, skipInvalid: skipInvalid) { bar?.show($0) }
        } catch let refused as ImportRefused {
            bar?.finish()
            try refuse(refused, path: path, invocation)
        }
        bar?.finish()
        var rejectsPath: String?
        if !summary.problems.isEmpty {
            rejectsPath = path + ".rejects.csv"
            try writeRejects(summary.problems, to: rejectsPath!)
        }
        if invocation.json {
            return try JSON.print([
                "file": path, "format": format.rawValue, "rows": summary.rows, "earned": summary.earned, "points": summary.points,
                "not_awarded": summary.notAwarded, "reversals": summary.reversals, "points_reversed": summary.pointsReversed,
                "points_returned": summary.pointsReturned, "duplicates": summary.duplicates, "unknown_orders": summary.unknownOrders,
                "visitors_created": summary.visitorsCreated, "phones_filled": summary.phonesFilled, "rejected": summary.rejected, "passed_over": summary.passedOver,
                "coupons_used": summary.couponsUsed,
                "changed": summary.changed, "rejects_file": JSON.orNull(rejectsPath),
            ] as JSONObject)
        }
        let words = invocation.words
        let points = { (points: Points) in SentenceValue.points(points, named: program.pointsName) }
        let read = format == .events ? words.plural("Imported {path}: {count} row read.", "Imported {path}: {count} rows read.", count: Int64(summary.rows), ["count": .integer(Int64(summary.rows)), "path": .text(path)])
            : words.plural("Imported {path}: {count} order read.", "Imported {path}: {count} orders read.", count: Int64(summary.rows), ["count": .integer(Int64(summary.rows)), "path": .text(path)])
        var lines = [read]
        lines.append(summaryLine(words.text("earned"), words.text("{count} ({points})", ["count": .integer(Int64(summary.earned)), "points": points(summary.points)])))
        if summary.notAwarded > 0 {
            lines.append(summaryLine(words.text("not awarded"), words.text("{count} (recorded without points: see `loyalty member activity`)", ["count": .integer(Int64(summary.notAwarded))])))
        }
        lines.append(summaryLine(words.text("reversals"), words.text("{count} ({reversed} taken back, {returned} of spent points returned)",
                                                                     ["count": .integer(Int64(summary.reversals)), "reversed": points(summary.pointsReversed),
                                                                      "returned": points(summary.pointsReturned)])))
        lines.append(summaryLine(words.text("duplicates"), words.text("{count} skipped (imported before, unchanged)", ["count": .integer(Int64(summary.duplicates))])))
        lines.append(summaryLine(words.text("visitors"), words.text("{count} created", ["count": .integer(Int64(summary.visitorsCreated))])))
        if summary.phonesFilled > 0 {
            lines.append(summaryLine(words.text("phones"), words.text("{count} filled from orders (members who had none)", ["count": .integer(Int64(summary.phonesFilled))])))
        }
        if summary.couponsUsed > 0 {
            lines.append(summaryLine(words.text("coupons"), words.text("{count} Loyalty coupons used in these orders, marked used", ["count": .integer(Int64(summary.couponsUsed))])))
        }
        if summary.passedOver > 0 {
            lines.append(summaryLine(words.text("passed over"), words.text("{count} (not paid yet: pending, on hold, failed; or free with no e-mail)",
                                                                           ["count": .integer(Int64(summary.passedOver))])))
        }
        if summary.unknownOrders > 0 {
            lines.append(summaryLine(words.text("not recorded"), words.text("{count} refunds/cancellations of orders that never earned here",
                                                                            ["count": .integer(Int64(summary.unknownOrders))])))
        }
        lines.append(summaryLine(words.text("rejected"), ImportCommands.rejected(summary.rejected, rejectsPath, words)))
        Console.out(lines.joined(separator: "\n"))
        if !summary.changed.isEmpty {
            Console.complain(words.plural("{count} order changed after it earned; its earlier result stands (record a refund for a lower amount):",
                                          "{count} orders changed after they earned; their earlier result stands (record a refund for a lower amount):",
                                          count: Int64(summary.changed.count), ["count": .integer(Int64(summary.changed.count))]))
            for note in summary.changed.prefix(50) { Console.error("  \(note)") }
            if summary.changed.count > 50 {
                Console.error("  " + words.text("… and {count} more (--json lists them all)", ["count": .integer(Int64(summary.changed.count - 50))]))
            }
        }
    }

    /// "3" or "3 rows, written with the reason to FILE.rejects.csv".
    static func rejected(_ count: Int, _ rejectsPath: String?, _ words: Localizer) -> String {
        guard let rejectsPath else { return words.format(.integer(Int64(count))) }
        return words.plural("{count} row, written with the reason to {path}", "{count} rows, written with the reason to {path}", count: Int64(count),
                            ["count": .integer(Int64(count)), "path": .text(rejectsPath)])
    }

    /// Names every bad row, then fails: nothing was imported.
    static func refuse(_ refused: ImportRefused, path: String, _ invocation: Invocation) throws -> Never {
        let problems = refused.problems
        let rows = Set(problems.map(\.line)).count
        let words = invocation.words
        let advice = refused.refusesFile
            ? words.text("Nothing was imported. The file cannot be read as it is (see above); fix it, or export it again, and run again.")
            : words.plural("Nothing was imported. Fix the row and run again, or run with --skip-invalid to import the good rows and write the bad ones to {path}.rejects.csv.",
                           "Nothing was imported. Fix these rows and run again, or run with --skip-invalid to import the good rows and write the bad ones to {path}.rejects.csv.",
                           count: Int64(rows), ["count": .integer(Int64(rows)), "path": .text(path)])
        if invocation.json {
            try? JSON.print(["file": path, "refused": true, "message": advice, "problems": problems.map {
                ["file": $0.file, "line": $0.line, "field": $0.field, "value": $0.value, "why": $0.why] as JSONObject
            }] as JSONObject)
        } else {
            for problem in problems { Console.complain(problem.description) }
        }
        throw Failure(message: (refused.refusesFile ? words.text("{path} cannot be imported.", ["path": .text(path)])
                                : words.plural("{path}: {count} row cannot be imported.", "{path}: {count} rows cannot be imported.", count: Int64(rows), ["count": .integer(Int64(rows)), "path": .text(path)]))
                      + " " + advice)
    }

    static func writeRejects(_ problems: [RowProblem], to path: String) throws {
        var text = CSVReader.line(["line", "field", "value", "reason", "record"]) + "\r\n"
        for problem in problems {
            text += CSVReader.line([String(problem.line), problem.field, problem.value, problem.why, problem.record]) + "\r\n"
        }
        do { try PrivateFile.replace(path, with: Data(text.utf8)) } catch {
            throw Failure(message: "the good rows were imported, but the reject file \(path) could not be written: \(error)")
        }
    }
}
