import Foundation
import XCTest

/// `kill -9` of `loyalty import` at random moments, many times over: after every kill SQLite finds
/// the file sound, `loyalty check` passes, and the database holds either nothing of the import or
/// all of it; at the end a rerun to completion gives exactly the totals of one clean run.
///
/// Most kills are aimed inside the import's write transaction (seen from outside with
/// `WriteLockProbe`), some at the moment its pages are being written to the WAL, some anywhere.
/// 20 kills of a 3,000-order import in CI; 200 kills of 20,000 orders with LOYALTY_FAULT_SCALE=full.
final class KillDuringImportTests: XCTestCase {
    /// Where a kill is aimed.
    enum Moment: String, CaseIterable {
        /// A random moment inside the write transaction.
        case insideTheTransaction = "inside the transaction"
        /// As soon as the transaction's pages start reaching the WAL (the commit).
        case duringTheCommit = "during the commit"
        /// A random moment of the whole run, reading the file included.
        case anyMoment = "any moment"
    }

    func testKillingAnImportAnywhereLeavesASoundDatabaseAndARerunGivesTheTotalsOfOneCleanRun() throws {
        let kills = FaultScale.pick(ci: 20, full: 200)
        let orders = FaultScale.pick(ci: 3_000, full: 20_000)
        var random = FaultScale.generator(1)
        let binary = try LoyaltyBinary()
        let pristine = binary.path("pristine.db"), file = binary.path("orders.jsonl")
        try FaultShop.create(at: pristine)
        try Data(wooOrders(1...orders, customers: orders / 5).utf8).write(to: URL(fileURLWithPath: file))
        let untouched = try Totals(path: pristine)

        let clean = binary.path("clean.db")
        try copyDatabase(pristine, to: clean)
        let timing = try timedImport(binary, file: file, database: clean)
        let imported = try Totals(path: clean)
        XCTAssertNotEqual(imported, untouched, "the clean import changed nothing")

        try copyDatabase(pristine, to: binary.database)
        var landed: [String: Int] = [:]
        for kill in 1...kills {
            let roll = random.below(10)
            let moment: Moment = roll < 5 ? .insideTheTransaction : roll < 8 ? .duringTheCommit : .anyMoment
            let delay = Double(random.below(1_000)) / 1_000
            let what = "kill \(kill) of \(kills), aimed \(moment.rawValue), \(FaultScale.replay)"
            let process = try binary.start(["import", "woocommerce", file])
            try aim(moment, delay: delay, at: process, database: binary.database, timing: timing)
            let ending = process.wait()
            XCTAssertTrue(ending.signal == SIGKILL || ending.status == 0, "\(what): the import ended with \(ending.ending): \(ending.errText)")

            XCTAssertEqual(try integrityCheck(binary.database), ["ok"], what)
            let check = try binary.run("check")
            XCTAssertEqual(check.status, 0, "\(what): loyalty check: \(check.outText)\(check.errText)")
            let totals = try Totals(path: binary.database)
            if totals == untouched {
                landed[ending.signal == SIGKILL ? "before anything was committed" : "unfinished (no kill)", default: 0] += 1
            } else if totals == imported {
                landed["after the commit", default: 0] += 1
                try copyDatabase(pristine, to: binary.database)  // so the next kill meets a real import again
            } else {
                XCTFail("\(what): the database holds part of the import: \(totals) — neither \(untouched) nor \(imported); \(totals.memberDifferences(from: imported))")
                return
            }
        }
        let mid = landed["before anything was committed", default: 0]
        XCTAssertGreaterThanOrEqual(mid, kills / 2, "too few kills landed inside the import (\(landed)); \(FaultScale.replay)")

        let rerun = try binary.run("import", "woocommerce", file, "--json")
        XCTAssertEqual(rerun.status, 0, rerun.errText)
        let final = try Totals(path: binary.database)
        XCTAssertEqual(final, imported, "after \(kills) kills (\(landed)) and a rerun: \(final.memberDifferences(from: imported)); \(FaultScale.replay)")
        XCTAssertEqual(try binary.run("check").status, 0)
        XCTAssertEqual(try integrityCheck(binary.database), ["ok"])
    }

    /// How long a clean import runs and how long it holds the write transaction.
    struct Timing {
        let run: TimeInterval
        let transaction: TimeInterval
    }

    private func timedImport(_ binary: LoyaltyBinary, file: String, database: String) throws -> Timing {
        let started = Date()
        let process = try binary.start(["import", "woocommerce", file], database: database)
        let probe = try WriteLockProbe(path: database)
        _ = WriteLockProbe.poll(while: process) { probe.writerIsInside }
        let entered = Date()
        _ = WriteLockProbe.poll(while: process) { !probe.writerIsInside }
        let left = Date()
        let ending = process.wait()
        XCTAssertEqual(ending.status, 0, ending.errText)
        return Timing(run: Date().timeIntervalSince(started), transaction: max(0.01, left.timeIntervalSince(entered)))
    }

    /// Waits for the moment and sends SIGKILL (unless the import has already finished).
    private func aim(_ moment: Moment, delay: Double, at process: RunningLoyalty, database: String, timing: Timing) throws {
        switch moment {
        case .anyMoment:
            Thread.sleep(forTimeInterval: delay * timing.run)
        case .insideTheTransaction:
            let probe = try WriteLockProbe(path: database)
            guard WriteLockProbe.poll(while: process, { probe.writerIsInside }) else { return }
            Thread.sleep(forTimeInterval: delay * timing.transaction)
        case .duringTheCommit:
            let probe = try WriteLockProbe(path: database)
            guard WriteLockProbe.poll(while: process, { probe.writerIsInside }) else { return }
            let before = probe.walStamp
            guard WriteLockProbe.poll(while: process, { probe.walStamp != before }) else { return }
        }
        process.kill9()
    }

    /// Replaces `target` (and its WAL) with a copy of the database at `source`.
    private func copyDatabase(_ source: String, to target: String) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        try FileManager.default.copyItem(atPath: source, toPath: target)
    }
}
