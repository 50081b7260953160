import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// Thousands of malformed rows for every import format, parsed and imported in-process (the parsers
/// are library functions) with `--skip-invalid`'s rules: no crash; every refused row is named by
/// file, line and field with a reason; every accepted row is stored as written; `check` passes.
/// 4,000 rows in CI, 160,000 with LOYALTY_FAULT_SCALE=full.
final class FuzzImportTests: XCTestCase {
    func testMalformedRowsAreRefusedByLineAndFieldOrStoredAsWritten() throws {
        let filesPerFormat = FaultScale.pick(ci: 25, full: 1_000), rowsPerFile = 40
        var files = FuzzFiles(seed: 5)
        let store = try FaultShop.create(at: ":memory:")
        var accepted = 0, refusedRows = 0, refusedFiles: [String] = []
        for round in 0..<filesPerFormat {
            let made: [(ImportFormat, String, [UInt8])] = [
                (.events, "events-\(round).csv", files.eventsCSV(rows: rowsPerFile)),
                (.events, "events-\(round).jsonl", files.eventsJSON(rows: rowsPerFile)),
                (.shopify, "shopify-\(round).csv", files.shopifyCSV(rows: rowsPerFile)),
                (.woocommerce, "woo-\(round).jsonl", files.wooJSON(rows: rowsPerFile)),
            ]
            for (format, name, bytes) in made {
                let what = "\(name) (\(FaultScale.replay))"
                let parsed = format.parse(bytes, file: name, currency: .euro)
                for problem in parsed.problems {
                    XCTAssertTrue(problem.file == name && problem.line >= 1 && !problem.field.isEmpty && !problem.why.isEmpty, "\(what): \(problem)")
                }
                refusedRows += Set(parsed.problems.map(\.line)).count
                let earned = parsed.items.compactMap { item -> (line: Int, email: String, name: String?)? in
                    guard case let .earn(_, _, email, name, _, _) = item.action else { return nil }
                    return (item.line, email, name)
                }
                var known = Set(earned.map(\.email).filter { email in (try? store.member(email: email)) != nil }.map { $0.lowercased() })
                let summary: ImportSummary
                do {
                    summary = try store.importFile(.bytes(bytes), format: format, file: name, skipInvalid: true)
                } catch let refused as ImportRefused {
                    refusedFiles.append("\(name): " + refused.problems.map(\.description).joined(separator: "; "))
                    continue
                }
                var missing = 0
                for row in earned where known.insert(row.email.lowercased()).inserted {
                    guard let stored = try? store.member(email: row.email) else { missing += 1; continue }  // its key was recorded before
                    accepted += 1
                    let expected = row.name?.trimmingWhitespace() ?? ""
                    XCTAssertEqual(stored.name, expected.isEmpty ? String(row.email.prefix { $0 != "@" }) : expected, "\(what) line \(row.line)")
                }
                XCTAssertLessThanOrEqual(missing, summary.duplicates + summary.changed.count, "\(what): rows that earned created no member")
            }
        }
        // A row the file alone shows to be bad is rejected by itself; only what depends on the
        // database (a balance taken out of range) can refuse a whole file.
        XCTAssertEqual(refusedFiles.filter { !$0.contains("out of range") }, [], "with --skip-invalid a bad row is rejected, not the whole file")
        XCTAssertGreaterThan(accepted, filesPerFormat * 20, "too few rows were good enough to import: the test proved little")
        XCTAssertGreaterThan(refusedRows, filesPerFormat * 20, "too few rows were refused: the values were not hostile enough")
        XCTAssertEqual(try store.check(), [], FaultScale.replay)
    }

    /// The same kind of files through `loyalty import`, with and without `--skip-invalid`: exit 0
    /// or 1 (never a signal), the refusal names rows, nothing raw reaches the terminal although
    /// the messages quote the bad values, and `check` passes. 20 files in CI, 400 at full scale.
    func testTheBinaryAnswersMalformedFilesClearlyAndSafely() throws {
        let runs = FaultScale.pick(ci: 20, full: 400)
        var files = FuzzFiles(seed: 8)
        let binary = try LoyaltyBinary()
        try FaultShop.create(at: binary.database)
        for run in 0..<runs {
            let (format, name, bytes): (String, String, [UInt8]) = switch run % 4 {
            case 0: ("events", "events-\(run).csv", files.eventsCSV(rows: 30))
            case 1: ("events", "events-\(run).jsonl", files.eventsJSON(rows: 30))
            case 2: ("shopify", "shopify-\(run).csv", files.shopifyCSV(rows: 30))
            default: ("woocommerce", "woo-\(run).jsonl", files.wooJSON(rows: 30))
            }
            let path = binary.path(name)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let skip = run % 2 == 1
            let result = try binary.start(["import", format, path] + (skip ? ["--skip-invalid"] : [])).wait()
            let what = "loyalty import \(format) \(name)\(skip ? " --skip-invalid" : "") (\(FaultScale.replay))"
            XCTAssertTrue(result.status == 0 || result.status == 1, "\(what) ended with \(result.ending): \(result.errText)")
            if result.status == 1 { XCTAssertTrue(result.errText.contains("\(name) line "), "\(what): \(result.errText.prefix(500))") }
            let printed = String(decoding: result.out + result.err, as: UTF8.self)
            if let raw = printed.unicodeScalars.first(where: { $0 != "\n" && isControl($0) }) {
                XCTFail("\(what) printed a raw U+\(String(format: "%04X", raw.value)): \(printed.debugDescription.prefix(500))")
            }
        }
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"), FaultScale.replay)
    }
}
