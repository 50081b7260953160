import LoyaltyCore
import LoyaltyStore

/// The store's member queries written out with literal values, for `sqlite3`. Copied from
/// Sources/LoyaltyStore/MemberQueries.swift and MemberOperations.swift: change them together.
enum MirroredSQL {
    static let memberColumns = """
        m.id, m.name, m.email, m.phone, m.birthday, m.status, m.tier_id, t.name, m.balance, m.earned_total, m.redeemed_total,
        m.referral_code, m.referred_by, m.joined_at, m.last_activity_at, m.page_token, m.accepts_marketing
        """

    /// `members(after:limit:backwards:)`: one keyset page of the member list.
    static func memberPage(after cursor: MemberCursor, limit: Int, backwards: Bool) -> String {
        let (seek, comparison, order) = backwards ? ("<=", "<", "DESC") : (">=", ">", "ASC")
        return """
            SELECT \(memberColumns) FROM members m INDEXED BY members_by_name JOIN tiers t ON t.id = m.tier_id
            WHERE m.name COLLATE NOCASE \(seek) \(sqlLiteral(cursor.name))
              AND (m.name COLLATE NOCASE, m.id) \(comparison) (\(sqlLiteral(cursor.name)), \(cursor.id))
            ORDER BY m.name COLLATE NOCASE \(order), m.id \(order) LIMIT \(limit)
            """
    }

    /// `searchMembers(_:limit:)`: name or e-mail starting with `text` (1–2 characters), or
    /// containing it (3 or more: the trigram index), those starting with it first.
    static func search(_ text: String, limit: Int) -> String {
        let query = text.trimmingWhitespace()
        let pattern = sqlLiteral(query.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%")
        let startsWith = """
            SELECT id FROM (SELECT id FROM members WHERE name LIKE \(pattern) ESCAPE '\\' LIMIT \(limit))
            UNION SELECT id FROM (SELECT id FROM members WHERE email LIKE \(pattern) ESCAPE '\\' LIMIT \(limit))
            """
        guard query.count >= Store.substringSearchLength else {
            return """
                SELECT \(memberColumns) FROM members m JOIN tiers t ON t.id = m.tier_id WHERE m.id IN (\(startsWith))
                ORDER BY m.name COLLATE NOCASE, m.id LIMIT \(limit)
                """
        }
        let phrase = sqlLiteral("\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        return """
            WITH starting AS (\(startsWith)),
            inside AS (SELECT rowid AS id FROM members_search WHERE members_search MATCH \(phrase) AND rowid NOT IN starting LIMIT \(limit)),
            found AS (SELECT 0 AS later, id FROM starting UNION ALL SELECT 1, id FROM inside)
            SELECT \(memberColumns) FROM members m JOIN tiers t ON t.id = m.tier_id JOIN found ON found.id = m.id
            ORDER BY found.later, m.name COLLATE NOCASE, m.id LIMIT \(limit)
            """
    }

    /// `activity(memberID:before:limit:)`: the newest page of a member's activity.
    static func activity(memberID: Int64, limit: Int) -> String {
        """
        SELECT id, member_id, kind, delta, balance_after, reason, actor, occurred_at, event_key, reverses_id, lot_id, expires_at, created_at
        FROM ledger WHERE member_id = \(memberID) ORDER BY occurred_at DESC, id DESC LIMIT \(limit)
        """
    }
}
