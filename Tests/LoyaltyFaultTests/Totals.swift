import Foundation
import LoyaltyStore

/// Every figure a user could compare between two databases, read straight from the file: points
/// gained and lost per kind of entry, the number of ledger entries, events and orders, and each
/// member's balance, lifetime earned and redeemed. Dates are left out, so a database rebuilt at
/// another moment compares equal.
struct Totals: Equatable, CustomStringConvertible {
    var pointsByKind: [String]
    var entries: Int64
    var events: Int64
    var orders: Int64
    var members: [String]

    /// Reads the totals of the database at `path` (its WAL included).
    init(path: String) throws {
        let db = try Connection(path: path, create: false)
        try db.execute("PRAGMA busy_timeout = 10000")
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        pointsByKind = try db.all("SELECT kind, gained, lost, entries FROM point_totals ORDER BY kind") { "\($0.text(0)) +\($0.int(1)) -\($0.int(2)) in \($0.int(3))" }
        entries = try db.scalar("SELECT count(*) FROM ledger")
        events = try db.scalar("SELECT count(*) FROM events")
        orders = try db.scalar("SELECT count(*) FROM orders")
        members = try db.all("SELECT email, balance, earned_total, redeemed_total FROM members ORDER BY email") {
            "\($0.text(0)) \($0.int(1))/\($0.int(2))/\($0.int(3))"
        }
    }

    var description: String {
        "\(entries) entries, \(events) events, \(orders) orders, \(members.count) members; " + pointsByKind.joined(separator: ", ")
    }

    /// The members whose figures differ, for a readable failure message.
    func memberDifferences(from other: Totals) -> [String] {
        Array(Set(members).symmetricDifference(other.members)).sorted().prefix(10).map { $0 }
    }
}

/// SQLite's own verdict on a database file: `["ok"]` when sound.
func integrityCheck(_ path: String) throws -> [String] {
    let db = try Connection(path: path, create: false)
    try db.execute("PRAGMA busy_timeout = 10000")
    return try db.all("PRAGMA integrity_check") { $0.text(0) }
}

/// The bytes of a file, to prove a refused operation left it exactly as it was.
func fileBytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
