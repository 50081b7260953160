import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Within one import the file's order does not matter: items are applied in the order they
/// happened. A history imported in one file, in monthly files in date order, or with its lines
/// shuffled ends with the same balances, lots, tiers and e-mails.
final class DatedHistoryOrderTests: XCTestCase {
    /// The moment of the imports: two years after the shop's first day.
    static let importedAt = day(730)

    func testOneFileMonthlyFilesAndShuffledLinesEndTheSame() throws {
        for seed in UInt64(1)...8 {
            let history = Self.randomDatedHistory(seed: seed)
            let oneFile = try Self.imported([history.map(\.line)])
            let expected = try MemberOrderTests.snapshot(oneFile)
            XCTAssertEqual(try oneFile.check(), [])

            let months = Dictionary(grouping: history) { $0.moment.unixSeconds / (30 * 86_400) }.sorted { $0.key < $1.key }
            let monthly = try Self.imported(months.map { $0.value.map(\.line) })
            var random = SeededGenerator(seed: seed * 977)
            var shuffledLines = history.map(\.line)
            shuffledLines.shuffle(using: &random)
            let shuffled = try Self.imported([shuffledLines])
            for (name, store) in [("monthly files", monthly), ("shuffled lines", shuffled)] {
                let actual = try MemberOrderTests.snapshot(store)
                for (table, rows) in expected { XCTAssertEqual(actual[table], rows, "\(table), seed \(seed), \(name)") }
                XCTAssertEqual(try store.check(), [], "\(name), seed \(seed)")
            }
        }
    }

    func testAShuffledFileSpanningManyBatchesEndsAsTheSortedFileDoes() throws {
        for seed in UInt64(1)...8 {
            let history = Self.randomDatedHistory(seed: seed)
            let sorted = try Self.imported([history.map(\.line)])
            let expected = try MemberOrderTests.snapshot(sorted)
            var random = SeededGenerator(seed: seed * 131)
            var shuffledLines = history.map(\.line)
            shuffledLines.shuffle(using: &random)
            for batchSize in [5, 48] {
                let shuffled = try Self.imported([shuffledLines], batchSize: batchSize)
                let actual = try MemberOrderTests.snapshot(shuffled)
                for (table, rows) in expected { XCTAssertEqual(actual[table], rows, "\(table), seed \(seed), batches of \(batchSize)") }
                XCTAssertEqual(try shuffled.check(), [], "seed \(seed), batches of \(batchSize)")
            }
        }
    }

    func testALineOfAnImportIsAppliedWhenItHappenedNotWhereItStands() throws {
        let shop = try Shop()
        shop.store.setClock(Self.importedAt)
        let file = """
            {"kind":"cancel","external_id":"1","occurred_at":"2025-03-01T10:00:00Z"}
            {"kind":"order","email":"zoe@example.com","external_id":"1","amount":"20.00","occurred_at":"2025-02-01T10:00:00Z"}

            """
        let summary = try shop.store.importFile(.bytes(Array(file.utf8)), format: .events, file: "events.jsonl")
        XCTAssertEqual(summary.unknownOrders, 0, "the cancellation comes after the order it cancels")
        XCTAssertEqual(summary.reversals, 1)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
    }

    /// Imports each file in turn into the busy shop of `MemberOrderTests`, at the same moment,
    /// `batchSize` items at a time.
    static func imported(_ files: [[String]], batchSize: Int = 100_000) throws -> Store {
        let store = try MemberOrderTests.busyShop().store
        store.setClock(importedAt)
        for (index, lines) in files.enumerated() {
            _ = try store.importFile(.bytes(Array((lines.joined(separator: "\n") + "\n").utf8)), format: .events, file: "history-\(index).jsonl", skipInvalid: false,
                                     batchSize: batchSize, progress: nil)
        }
        return store
    }

    /// 200 events at distinct random moments over the two years before `importedAt`, in date order:
    /// orders (some with ids sent again), reviews up to the daily cap (several on one day), custom
    /// actions, partial refunds and cancellations after the order they concern. Under 12-month expiry
    /// the first year's points arrive expired.
    static func randomDatedHistory(seed: UInt64) -> [(moment: Date, line: String)] {
        var random = SeededGenerator(seed: seed)
        let moments = Set((0..<200).map { _ in day(0).unixSeconds + random.below(729 * 86_400) }).sorted()
        var orders: [(id: String, at: Int64)] = []
        var lines: [(Date, String)] = []
        func person() -> String {
            let index = random.below(16)
            return index < 12 ? "m\(index)@example.com" : "visitor\(index)@example.net"
        }
        for (index, seconds) in moments.enumerated() {
            let at = Date(unixSeconds: seconds)
            let when = ISO8601DateFormatter().string(from: at)
            switch random.below(20) {
            case 0..<10:
                let id = random.below(25) == 0 && !orders.isEmpty ? orders[Int(random.below(Int64(orders.count)))].id : "o\(index)"
                orders.append((id, seconds))
                let euros = 1 + random.below(150)
                lines.append((at, #"{"kind":"order","email":"\#(person())","external_id":"\#(id)","amount":"\#(euros).00","occurred_at":"\#(when)"}"#))
            case 10..<13:
                let sameDay = Date(unixSeconds: seconds - seconds % 86_400 + 3_600 + Int64(index))
                lines.append((sameDay, #"{"kind":"review","email":"m\#(random.below(4))@example.com","external_id":"r\#(index)","occurred_at":"\#(ISO8601DateFormatter().string(from: sameDay))"}"#))
            case 13:
                lines.append((at, #"{"kind":"custom","email":"\#(person())","external_id":"f\#(index)","action":"Follow","occurred_at":"\#(when)"}"#))
            case 14..<18 where !orders.isEmpty:
                let order = orders[Int(random.below(Int64(orders.count)))]
                lines.append((at, #"{"kind":"refund","external_id":"\#(order.id)","amount":"\#(1 + random.below(20)).00","refund_id":"x\#(index)","occurred_at":"\#(when)"}"#))
            case 18 where !orders.isEmpty:
                lines.append((at, #"{"kind":"cancel","external_id":"\#(orders[Int(random.below(Int64(orders.count)))].id)","occurred_at":"\#(when)"}"#))
            default:
                lines.append((at, #"{"kind":"order","email":"\#(person())","external_id":"big\#(index)","amount":"\#(100 + random.below(200)).00","occurred_at":"\#(when)"}"#))
                orders.append(("big\(index)", seconds))
            }
        }
        return lines.sorted { $0.0 < $1.0 }.map { (moment: $0.0, line: $0.1) }
    }
}
