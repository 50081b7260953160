import Foundation
import LoyaltyCore
import LoyaltyStore
import Terminal

/// `loyalty import woocommerce|shopify|events FILE`: a shop's orders in, all or nothing, exactly once.
enum ImportCommands {
    static var command: Command {
        Command(name: "import", summary: "import a shop's orders (WooCommerce, Shopify, or the generic events file); each counts once",
                details: """
                    The whole file is checked first: if any row is bad, nothing is imported and every bad row is named
                    (file:line, field, value, why), unless --skip-invalid. Everything is applied in one transaction, so an
                    interrupted import changes nothing and can simply be run again. Importing a later export of the same
                    orders applies only what changed (new orders, refunds, cancellations).
                    """,
                subcommands: [
                    format(.woocommerce, name: "woocommerce", summary: "orders from the WooCommerce REST API v3 (a JSON array, or one order per line)",
                           details: "Paid orders (processing/completed with date_paid) earn on total − total_tax − shipping_total; refunds[] entries and cancelled/refunded orders take points back.",
                           example: "loyalty import woocommerce orders.json"),
                    format(.shopify, name: "shopify", summary: "Shopify's orders export CSV (one row per line item)",
                           details: "paid orders earn on Subtotal; Refunded Amount, refunded/voided and Cancelled at take points back.",
                           example: "loyalty import shopify orders_export.csv"),
                    format(.events, name: "events", summary: "the generic CSV or JSON-lines file for any other platform",
                           details: """
                               Columns (CSV header, or JSON keys): kind, email, external_id, amount, currency, occurred_at, name,
                               and optionally action (custom kinds) and refund_id. kind is order, booking, event_ticket, event_rsvp,
                               newsletter, review, birthday, custom, refund (of the order external_id; an amount needs refund_id)
                               or cancel. See README.md, "import".
                               """,
                           example: "loyalty import events events.csv --skip-invalid"),
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
        let path = invocation.argument(0)
        let skipInvalid = invocation.flag("--skip-invalid")
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Failure(message: "cannot read \(path): no such file, or it is not readable. Nothing was imported.")
        }
        let store = try invocation.openStore()
        let program = try store.program()
        let bar = !invocation.json && isatty(STDERR_FILENO) == 1 ? ImportProgressBar(file: path) : nil
        let summary: ImportSummary
        do {
            summary = try store.importFile(.file(path: path), format: format, file: path, skipInvalid: skipInvalid) { bar?.show($0) }
        } catch let refused as ImportRefused {
            bar?.finish()
            try refuse(refused.problems, path: path, invocation)
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
                "visitors_created": summary.visitorsCreated, "rejected": summary.rejected, "passed_over": summary.passedOver,
                "changed": summary.changed, "rejects_file": JSON.orNull(rejectsPath),
            ] as JSONObject)
        }
        let points = { Formats.points($0, program) }
        var lines = ["Imported \(path): \(summary.rows) \(format == .events ? "rows" : "orders") read."]
        lines.append("  earned:        \(summary.earned) (\(points(summary.points)))")
        if summary.notAwarded > 0 { lines.append("  not awarded:   \(summary.notAwarded) (recorded without points: see `loyalty member activity`)") }
        lines.append("  reversals:     \(summary.reversals) (\(points(summary.pointsReversed)) taken back, \(points(summary.pointsReturned)) of spent points returned)")
        lines.append("  duplicates:    \(summary.duplicates) skipped (imported before, unchanged)")
        lines.append("  visitors:      \(summary.visitorsCreated) created")
        if summary.passedOver > 0 { lines.append("  passed over:   \(summary.passedOver) (not paid yet: pending, on hold, failed)") }
        if summary.unknownOrders > 0 { lines.append("  not recorded:  \(summary.unknownOrders) refunds/cancellations of orders that never earned here") }
        lines.append("  rejected:      \(summary.rejected)" + (rejectsPath.map { " rows, written with the reason to \($0)" } ?? ""))
        Console.out(lines.joined(separator: "\n"))
        if !summary.changed.isEmpty {
            Console.complain("\(summary.changed.count) orders changed after they earned; their earlier result stands (record a refund for a lower amount):")
            for note in summary.changed.prefix(50) { Console.error("  \(note)") }
            if summary.changed.count > 50 { Console.error("  … and \(summary.changed.count - 50) more (--json lists them all)") }
        }
    }

    /// Names every bad row, then fails: nothing was imported.
    private static func refuse(_ problems: [RowProblem], path: String, _ invocation: Invocation) throws -> Never {
        let rows = Set(problems.map(\.line)).count
        let advice = "Nothing was imported. Fix \(rows == 1 ? "the row" : "these rows") and run again, or run with --skip-invalid to import the good rows and write the bad ones to \(path).rejects.csv."
        if invocation.json {
            try? JSON.print(["file": path, "refused": true, "message": advice, "problems": problems.map {
                ["file": $0.file, "line": $0.line, "field": $0.field, "value": $0.value, "why": $0.why] as JSONObject
            }] as JSONObject)
        } else {
            for problem in problems { Console.complain(problem.description) }
        }
        throw Failure(message: "\(path): \(rows) \(rows == 1 ? "row" : "rows") cannot be imported. " + advice)
    }

    private static func writeRejects(_ problems: [RowProblem], to path: String) throws {
        var text = CSVReader.line(["line", "field", "value", "reason", "record"]) + "\r\n"
        for problem in problems {
            text += CSVReader.line([String(problem.line), problem.field, problem.value, problem.why, problem.record]) + "\r\n"
        }
        do { try PrivateFile.replace(path, with: Data(text.utf8)) } catch {
            throw Failure(message: "the good rows were imported, but the reject file \(path) could not be written: \(error)")
        }
    }
}
