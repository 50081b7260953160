import Foundation
import LoyaltyCore

/// Where a page of the member list starts: after this name and id (keyset paging, never OFFSET).
public struct MemberCursor: Sendable, Equatable {
    public let name: String
    public let id: Int64

    public init(name: String, id: Int64) {
        self.name = name
        self.id = id
    }
}

extension Transaction {
    /// Up to `limit` members in name order after `cursor` (from the start when nil); `backwards`
    /// gives the members before it instead, still returned in name order. The plain comparison on the
    /// name before the row-value one lets SQLite seek `members_by_name` to the cursor; without it the
    /// index was scanned from one end (about 100 ms a page at a million members instead of 0.2 ms).
    public func members(after cursor: MemberCursor?, limit: Int, backwards: Bool = false) throws -> [Member] {
        let select = "SELECT \(Transaction.memberColumns) FROM members m INDEXED BY members_by_name JOIN tiers t ON t.id = m.tier_id"
        guard let cursor else {
            let order = backwards ? "DESC" : "ASC"
            let rows = try db.all("\(select) ORDER BY m.name COLLATE NOCASE \(order), m.id \(order) LIMIT ?", [limit], Transaction.member(from:))
            return backwards ? rows.reversed() : rows
        }
        if backwards {
            return try db.all("""
                \(select) WHERE m.name COLLATE NOCASE <= ?1 AND (m.name COLLATE NOCASE, m.id) < (?1, ?2)
                ORDER BY m.name COLLATE NOCASE DESC, m.id DESC LIMIT ?3
                """, [cursor.name, cursor.id, limit], Transaction.member(from:)).reversed()
        }
        return try db.all("""
            \(select) WHERE m.name COLLATE NOCASE >= ?1 AND (m.name COLLATE NOCASE, m.id) > (?1, ?2)
            ORDER BY m.name COLLATE NOCASE, m.id LIMIT ?3
            """, [cursor.name, cursor.id, limit], Transaction.member(from:))
    }

    /// Members found by `text` (any letter case), up to `limit`: one or two characters find the
    /// names and e-mails that start with them; three or more find them anywhere in a name or e-mail
    /// (the `members_search` trigram index), those that start with them listed first. Each group is
    /// in name order. The text is matched literally: `%`, `_`, quotes and FTS5 syntax mean themselves.
    public func searchMembers(_ text: String, limit: Int) throws -> [Member] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return try members(after: nil, limit: limit) }
        let startsWith = """
            SELECT id FROM (SELECT id FROM members WHERE name LIKE ?1 ESCAPE '\\' LIMIT ?2)
            UNION SELECT id FROM (SELECT id FROM members WHERE email LIKE ?1 ESCAPE '\\' LIMIT ?2)
            """
        let pattern = escapeLike(query) + "%"
        guard query.count >= Store.substringSearchLength else {
            return try db.all("""
                SELECT \(Transaction.memberColumns) FROM \(Transaction.memberFrom) WHERE m.id IN (\(startsWith))
                ORDER BY m.name COLLATE NOCASE, m.id LIMIT ?2
                """, [pattern, limit], Transaction.member(from:))
        }
        return try db.all("""
            WITH starting AS (\(startsWith)),
            inside AS (SELECT rowid AS id FROM members_search WHERE members_search MATCH ?3 AND rowid NOT IN starting LIMIT ?2),
            found AS (SELECT 0 AS later, id FROM starting UNION ALL SELECT 1, id FROM inside)
            SELECT \(Transaction.memberColumns) FROM \(Transaction.memberFrom) JOIN found ON found.id = m.id
            ORDER BY found.later, m.name COLLATE NOCASE, m.id LIMIT ?2
            """, [pattern, limit, Self.ftsPhrase(query)], Transaction.member(from:))
    }

    /// `text` as one FTS5 string: in double quotes (doubled inside), everything in it is literal,
    /// so `OR`, `NEAR(`, `*` or `"` cannot become query syntax. With the trigram tokenizer the
    /// phrase matches wherever `text` occurs as a substring.
    static func ftsPhrase(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// A member's activity, newest first by when it happened (entries of the same moment newest
    /// recorded first): up to `limit` entries after entry `beforeID` in that order (from the newest when nil).
    public func activity(memberID: Int64, before beforeID: Int64? = nil, limit: Int) throws -> [LedgerEntry] {
        guard let beforeID else {
            return try db.all("SELECT \(Transaction.entryColumns) FROM ledger WHERE member_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?",
                              [memberID, limit], Transaction.entry(from:))
        }
        return try db.all("""
            SELECT \(Transaction.entryColumns) FROM ledger WHERE member_id = ?1
              AND (occurred_at, id) < (SELECT occurred_at, id FROM ledger WHERE id = ?2) ORDER BY occurred_at DESC, id DESC LIMIT ?3
            """, [memberID, beforeID, limit], Transaction.entry(from:))
    }

    /// The columns `entry(from:)` reads, in its order.
    static let entryColumns = "id, member_id, kind, delta, balance_after, reason, actor, occurred_at, event_key, reverses_id, lot_id, expires_at, created_at"

    static func entry(from row: Row) -> LedgerEntry {
        LedgerEntry(id: row.int(0), memberID: row.int(1), kind: EntryKind(rawValue: row.text(2)) ?? .set, delta: row.int(3), balanceAfter: row.int(4),
                    reason: row.text(5), actor: row.text(6), at: Date(unixSeconds: row.int(7)), eventKey: row.optionalText(8),
                    reversesID: row.optionalInt(9), lotID: row.optionalInt(10), expires: row.optionalInt(11).map(Date.init(unixSeconds:)),
                    recorded: Date(unixSeconds: row.int(12)))
    }
}

extension Store {
    /// Search texts of this many characters or more match anywhere in a name or e-mail (the trigram
    /// index needs three); shorter ones match the start only.
    public static let substringSearchLength = 3

    public func members(after cursor: MemberCursor? = nil, limit: Int, backwards: Bool = false) throws -> [Member] {
        try read { try $0.members(after: cursor, limit: limit, backwards: backwards) }
    }
    public func searchMembers(_ text: String, limit: Int) throws -> [Member] { try read { try $0.searchMembers(text, limit: limit) } }
    public func activity(memberID: Int64, before: Int64? = nil, limit: Int) throws -> [LedgerEntry] {
        try read { try $0.activity(memberID: memberID, before: before, limit: limit) }
    }
}
