import Foundation
import XCTest
import LoyaltyCore
import ImportTestSupport
import LoyaltyStore

/// Thousands of malformed rows for every import format, parsed and imported in-process (the parsers
/// are library functions) with `--skip-invalid`'s rules: no crash; every refused row is named by
/// file, line and field with a reason; every accepted row is stored as written; `check` passes.
/// 4,000 rows in CI, 160,000 with LOYALTY_FAULT_SCALE=full. Then whole files damaged as files are in
/// practice (`FileDamage`): each read correctly or refused whole, naming the line, never imported in
/// part; 80 files in CI, 4,000 at full scale.
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
                    guard case let .earn(event) = item.action else { return nil }
                    return (item.line, event.email, event.name)
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
                for row in earned {
                    XCTAssertFalse((row.name ?? "").contains("\u{FFFD}") || row.email.contains("\u{FFFD}"), "\(what) line \(row.line): text that was not UTF-8 was taken")
                }
                for row in earned where known.insert(row.email.lowercased()).inserted {
                    guard let stored = try? store.member(email: row.email) else { missing += 1; continue }  // its key was recorded before
                    accepted += 1
                    let expected = row.name?.trimmingWhitespace() ?? ""
                    XCTAssertEqual(stored.name, expected.isEmpty ? String(row.email.prefix { $0 != "@" }) : expected, "\(what) line \(row.line)")
                }
                XCTAssertLessThanOrEqual(missing, summary.duplicates + summary.changed.count, "\(what): rows that earned created no member")
            }
        }
        // A row the file alone shows to be bad is rejected by itself; only a problem of the file (a quote
        // written raw that never closes, so the rest of the file is one field) or what depends on the
        // database (a balance taken out of range) can refuse a whole file.
        XCTAssertEqual(refusedFiles.filter { !$0.contains("out of range") && !$0.contains("never closes") }, [],
                       "with --skip-invalid a bad row is rejected, not the whole file")
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

    /// Whole files damaged as files are in practice: text after the JSON array, two arrays joined, a
    /// stray `}`, CR-only line ends, a file cut at a random byte, a column named twice, Latin-1 text,
    /// a record over 1 MiB. Each is read as the undamaged file is, or refused as a whole naming the
    /// line, or (cut short, Latin-1) loses exactly the rows it names; read in random pieces it reads
    /// the same; imported with `--skip-invalid` it changes nothing unless it was read.
    func testDamagedFilesAreReadCorrectlyOrRefusedWholeNamingTheLine() throws {
        let perDamage = FaultScale.pick(ci: 10, full: 500)
        var files = FuzzFiles(seed: 13)
        let store = try FaultShop.create(at: ":memory:")
        for round in 0..<perDamage {
            for damage in FileDamage.allCases {
                let file = files.damaged(damage, rows: 12, round: round)
                let what = "\(file.name) (\(FaultScale.replay))"
                let parse = { (bytes: [UInt8]) in file.format.parse(bytes, file: file.name, currency: .euro) }
                let read = parse(file.bytes), original = parse(file.original)
                // Small pieces, but not so small that a huge record is scanned again thousands of times.
                let pieceSize = damage == .hugeRecord ? 65_536 + Int(files.values.random.below(300_000)) : 1 + Int(files.values.random.below(4_000))
                assertSameReading(readInPieces(file.bytes, file.format, file: file.name, pieceSize: pieceSize), read, "\(what) in pieces of \(pieceSize)")
                let refusal = read.problems.first(where: \.refusesFile)
                let originalWasReadable = !original.problems.contains(where: \.refusesFile)
                switch damage {
                case .textAfterArray, .arraysJoined, .strayBrace, .repeatedColumn, .hugeRecord:
                    XCTAssertNotNil(refusal, "\(what) was not refused: \(read.problems.prefix(3))")
                    if let line = file.line, originalWasReadable { XCTAssertEqual(refusal?.line, line, "\(what): \(refusal?.description ?? "")") }
                case .carriageReturnsOnly:
                    XCTAssertEqual(read.items, original.items, what)
                    XCTAssertEqual(read.problems.map { "\($0.line) \($0.field)" }, original.problems.map { "\($0.line) \($0.field)" }, what)
                    XCTAssertEqual(read.rows, original.rows, what)
                case .cutShort:
                    if refusal == nil { assertOnlyRowsOfTheOriginal(read, original, cut: file, what) }
                case .latin1:
                    assertOnlyRowsOfTheOriginal(read, original, cut: nil, what)
                    let accented = original.items.filter { item in
                        if case let .earn(event) = item.action { return event.name?.contains("ë") ?? false }
                        return false
                    }
                    XCTAssertFalse(accented.contains { read.items.contains($0) }, "\(what): a row whose text was Latin-1 was taken")
                    XCTAssertEqual(read.rows, original.rows, what)
                }
                let before = try store.statistics()
                do {
                    _ = try store.importFile(.bytes(file.bytes), format: file.format, file: file.name, skipInvalid: true)
                    XCTAssertNil(refusal, "\(what): imported although \(refusal?.description ?? "")")
                } catch let refused as ImportRefused {
                    XCTAssertTrue(refused.refusesFile || refused.problems.contains { $0.why.contains("out of range") }, "\(what): \(refused.problems.prefix(3))")
                    XCTAssertEqual(try store.statistics(), before, "\(what): a refused file changed the programme")
                }
            }
        }
        XCTAssertEqual(try store.check(), [], FaultScale.replay)
    }

    /// Every item `read` gives is one the undamaged file gives, on the same line; for a CSV file cut
    /// inside the last field of its last row (which cannot be told from a file without a final line
    /// end), that row may differ.
    private func assertOnlyRowsOfTheOriginal(_ read: ParsedImport, _ original: ParsedImport, cut: DamagedFile?, _ what: String) {
        let lastRecord = cut.flatMap { CSVReader.records($0.bytes).records.last }
        for item in read.items where !original.items.contains(item) {
            let cutInLastField = lastRecord.map { record in
                record.line == item.line && !record.endsLine
                    && record.fields.count == CSVReader.records(cut!.bytes).records.first?.fields.count
            } ?? false
            XCTAssertTrue(cutInLastField, "\(what) line \(item.line): \(item.action) is not what the undamaged file says")
        }
    }
}
