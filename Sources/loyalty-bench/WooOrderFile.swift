import Foundation
import LoyaltyCore
import LoyaltyStore

/// A big shop's WooCommerce export for the benchmark database: `orders` paid orders as JSON-lines
/// (one order per line, as webhook deliveries are stored), 4 in 5 by a member of the database
/// picked at random and 1 in 5 by a new visitor (each a different person), every 20th with a
/// partial refund of a quarter of its total, refunded a week after. Each order is dated
/// (`date_paid_gmt`) at a random moment of the year before 1 March 2026, so the file is a shuffled
/// history, as a shop's export read in another order would be (or, not `dated`, without dates: placed
/// when imported). Written next to it, the same orders as CSV rows
/// (`ref,email,name,subtotal,points,created_at`): what the `sqlite3` yardstick imports.
struct WooOrderFile {
    let orders: Int
    let dated: Bool
    let json: String
    let csv: String
    /// How many orders are by new visitors, and how many have a partial refund.
    private(set) var newVisitors = 0
    private(set) var refunds = 0

    /// The first order id: far above any id the demo uses.
    static let firstOrderID = 1_000_000_001

    init(orders: Int, directory: String, dated: Bool = true) {
        self.orders = orders
        self.dated = dated
        json = (directory as NSString).appendingPathComponent("loyalty-bench-orders-\(orders).jsonl")
        csv = (directory as NSString).appendingPathComponent("loyalty-bench-orders-\(orders).csv")
    }

    /// Writes both files, picking members of the database at `database` (ids 1…its largest).
    mutating func write(database: String, seed: UInt64) throws {
        let members = try Connection(path: database, readOnly: true, create: false)
        let memberCount = try members.scalar("SELECT max(id) FROM members")
        guard memberCount > 0 else { throw BenchError.failed("the database has no members to write orders for") }
        let jsonOut = try OutputFile(json), csvOut = try OutputFile(csv)
        var random = SeededGenerator(seed: seed)
        var dates = SeededGenerator(seed: seed &+ 1)
        for index in 0..<orders {
            let id = WooOrderFile.firstOrderID + index
            var person: (email: String, name: String)
            if index % 5 == 4 {
                person = ("visitor\(id)@example.net", "New Visitor\(id)")
                newVisitors += 1
            } else {
                let memberID = 1 + random.below(memberCount)
                person = try members.one("SELECT email, name FROM members WHERE id = ?", [memberID]) { ($0.text(0), $0.text(1)) } ?? ("", "")
            }
            let items = 500 + random.below(20_000)  // 5.00 … 204.99
            let tax = items * 21 / 100, shipping: Int64 = index % 3 == 0 ? 0 : 495
            let total = items + tax + shipping
            var refund: Int64?
            if index % 20 == 19 {
                refund = total / 4
                refunds += 1
            }
            let paid = WooOrderFile.lastMoment - dates.below(365 * 86_400)
            try jsonOut.write(orderJSON(id: id, person: person, items: items, tax: tax, shipping: shipping, total: total, refund: refund, paid: paid))
            try csvOut.write(CSV.line(["woo:\(id)", person.email, person.name, String(items), String(items / 100 * 10), String(paid)]) + "\n")
        }
        try jsonOut.close()
        try csvOut.close()
    }

    /// 1 March 2026, 10:05 UTC: the latest moment an order is dated.
    static let lastMoment: Int64 = 1_772_359_500

    private func orderJSON(id: Int, person: (email: String, name: String), items: Int64, tax: Int64, shipping: Int64, total: Int64, refund: Int64?,
                           paid: Int64) -> String {
        let first = person.name.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        let last = person.name.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        let refundDate = dated ? "\"date_created_gmt\":\"\(gmt(paid + 7 * 86_400))\"," : ""
        let refunds = refund.map {
            "{\"id\":\(id + 500_000_000),\(refundDate)\"reason\":\"Damaged\",\"total\":\"-\(money($0))\"}"
        } ?? ""
        return "{\"id\":\(id),\"parent_id\":0,\"number\":\"\(id)\",\"status\":\"completed\",\"currency\":\"EUR\","
            + "\"date_created\":\"2026-03-01T10:00:00\",\"date_paid\":\"2026-03-01T10:05:00\",\(dated ? "\"date_paid_gmt\":\"\(gmt(paid))\"," : "")\"discount_total\":\"0.00\","
            + "\"shipping_total\":\"\(money(shipping))\",\"total\":\"\(money(total))\",\"total_tax\":\"\(money(tax))\",\"prices_include_tax\":false,"
            + "\"billing\":{\"first_name\":\(quoted(first)),\"last_name\":\(quoted(last)),\"city\":\"Amsterdam\",\"country\":\"NL\","
            + "\"email\":\(quoted(person.email)),\"phone\":\"\"},\"payment_method\":\"ideal\","
            + "\"line_items\":[{\"id\":\(id * 10),\"name\":\"Coffee beans\",\"product_id\":93,\"quantity\":1,\"subtotal\":\"\(money(items))\","
            + "\"total\":\"\(money(items))\",\"sku\":\"BEANS\"}],\"refunds\":[\(refunds)]}\n"
    }

    /// A WooCommerce `_gmt` timestamp: "2025-07-14T09:30:00", UTC without an offset.
    private func gmt(_ seconds: Int64) -> String {
        String(ISO8601DateFormatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)), timeZone: TimeZone(identifier: "UTC")!,
                                           formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]))
    }

    private func money(_ cents: Int64) -> String { "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }

    /// A JSON string: quotes, backslashes and control characters escaped.
    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Removes both files.
    func remove() {
        for path in [json, csv] { try? FileManager.default.removeItem(atPath: path) }
    }
}

/// CSV fields quoted when they hold a comma, a quote or a line break.
enum CSV {
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

/// A file written through a buffer of 1 MB.
final class OutputFile {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError.failed("cannot write \(path)")
        }
        self.handle = handle
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
