import Foundation
import LoyaltyCore
import LoyaltyStore
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
            throw Failure(message: "cannot read \(path): no such file, or it is not readable. Nothing was imported.")
        }
        let store = try invocation.openStore()
        let program = try store.program()
        let bar = !invocation.json && isatty(STDERR_FILENO) == 1 ? ImportProgressBar(file: path) : nil
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
        let points = { Formats.points($0, program) }
        var lines = ["Imported \(path): \(Counting.count(summary.rows, format == .events ? "row" : "order")) read."]
        lines.append("  earned:        \(summary.earned) (\(points(summary.points)))")
        if summary.notAwarded > 0 { lines.append("  not awarded:   \(summary.notAwarded) (recorded without points: see `loyalty member activity`)") }
        lines.append("  reversals:     \(summary.reversals) (\(points(summary.pointsReversed)) taken back, \(points(summary.pointsReturned)) of spent points returned)")
        lines.append("  duplicates:    \(summary.duplicates) skipped (imported before, unchanged)")
        lines.append("  visitors:      \(summary.visitorsCreated) created")
        if summary.phonesFilled > 0 { lines.append("  phones:        \(summary.phonesFilled) filled from orders (members who had none)") }
        if summary.couponsUsed > 0 { lines.append("  coupons:       \(summary.couponsUsed) Loyalty coupons used in these orders, marked used") }
        if summary.passedOver > 0 { lines.append("  passed over:   \(summary.passedOver) (not paid yet: pending, on hold, failed; or free with no e-mail)") }
        if summary.unknownOrders > 0 { lines.append("  not recorded:  \(summary.unknownOrders) refunds/cancellations of orders that never earned here") }
        lines.append("  rejected:      \(summary.rejected)" + (rejectsPath.map { " rows, written with the reason to \($0)" } ?? ""))
        Console.out(lines.joined(separator: "\n"))
        if !summary.changed.isEmpty {
            Console.complain("\(Counting.count(summary.changed.count, "order")) changed after they earned; their earlier result stands (record a refund for a lower amount):")
            for note in summary.changed.prefix(50) { Console.error("  \(note)") }
            if summary.changed.count > 50 { Console.error("  … and \(summary.changed.count - 50) more (--json lists them all)") }
        }
    }

    /// Names every bad row, then fails: nothing was imported.
    static func refuse(_ refused: ImportRefused, path: String, _ invocation: Invocation) throws -> Never {
        let problems = refused.problems
        let rows = Set(problems.map(\.line)).count
        let advice = refused.refusesFile
            ? "Nothing was imported. The file cannot be read as it is (see above); fix it, or export it again, and run again."
            : "Nothing was imported. Fix \(rows == 1 ? "the row" : "these rows") and run again, or run with --skip-invalid to import the good rows and write the bad ones to \(path).rejects.csv."
        if invocation.json {
            try? JSON.print(["file": path, "refused": true, "message": advice, "problems": problems.map {
                ["file": $0.file, "line": $0.line, "field": $0.field, "value": $0.value, "why": $0.why] as JSONObject
            }] as JSONObject)
        } else {
            for problem in problems { Console.complain(problem.description) }
        }
        throw Failure(message: (refused.refusesFile ? "\(path) cannot be imported. " : "\(path): \(rows) \(rows == 1 ? "row" : "rows") cannot be imported. ") + advice)
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
