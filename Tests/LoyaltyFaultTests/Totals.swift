import Foundation
import LoyaltyStore

/// Every figure a user could compare between two databases, read straight from the file: points
/// gained and lost per kind of entry, the number of ledger entries, events and orders, and each
/// member's balance, lifetime earned and redeemed. Dates are left out, so a database rebuilt at
/// another moment compares equal.
struct Totals: Equatable, CustomStringConvertible {
    /// Points gained and lost, and how many entries, for one kind of ledger entry.
    struct Kind: Equatable {
        var gained: Int64
        var lost: Int64
        var entries: Int64
    }

    /// One member's figures.
    struct Figures: Equatable {
        var balance: Int64
        var earned: Int64
        var redeemed: Int64
    }

    var kinds: [String: Kind]
    var entries: Int64
    var events: Int64
    var orders: Int64
    /// By e-mail.
    var members: [String: Figures]

    /// Reads the totals of the database at `path` (its WAL included) in one snapshot.
    init(path: String) throws {
        let db = try Connection(path: path, create: false)
        try db.execute("PRAGMA busy_timeout = 10000")
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        kinds = Dictionary(uniqueKeysWithValues: try db.all("SELECT kind, gained, lost, entries FROM point_totals") {
            ($0.text(0), Kind(gained: $0.int(1), lost: $0.int(2), entries: $0.int(3)))
        })
        entries = try db.scalar("SELECT count(*) FROM ledger")
        events = try db.scalar("SELECT count(*) FROM events")
        orders = try db.scalar("SELECT count(*) FROM orders")
        members = Dictionary(uniqueKeysWithValues: try db.all("SELECT email, balance, earned_total, redeemed_total FROM members") {
            ($0.text(0), Figures(balance: $0.int(1), earned: $0.int(2), redeemed: $0.int(3)))
        })
    }

    var description: String {
        "\(entries) entries, \(events) events, \(orders) orders, \(members.count) members; "
            + kinds.sorted { $0.key < $1.key }.map { "\($0.key) +\($0.value.gained) -\($0.value.lost) in \($0.value.entries)" }.joined(separator: ", ")
    }

    /// The members whose figures differ (at most 10), for a readable failure message.
    func memberDifferences(from other: Totals) -> [String] {
        Set(members.keys).union(other.members.keys).sorted().filter { members[$0] != other.members[$0] }.prefix(10).map {
            "\($0): \(members[$0].map { "\($0)" } ?? "missing") here, \(other.members[$0].map { "\($0)" } ?? "missing") there"
        }
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
