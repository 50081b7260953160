import Foundation
import LoyaltyCore
import LoyaltyStore

/// The member list filtered by status, tier or both and sorted by name, balance or last activity
/// (`member list --status --tier --sort`, the dashboard's filtered list): the store's page of 50 at
/// the start of the list, and after and before members picked at random inside it (keyset PgDn and
/// PgUp deep in the list). The filters are the rarest status, the rarest tier and the rarest
/// (status, tier) pair that has members: a rare filter is the one that reads far when the index
/// does not lead with it.
struct MemberPagesBench {
    let store: Store
    let sqlite: SQLiteCLI
    /// Pages of each kind timed for each sort and filter.
    var pages = 30

    /// One filter measured, with the number of members it keeps (for the row's label).
    struct Case {
        let filter: MemberFilter
        let label: String
        /// SQL condition on `members` keeping the same members, for picking cursors at random.
        let condition: String
    }

    /// The filters measured: none, the rarest status, the rarest tier, the rarest pair with members.
    func cases() throws -> [Case] {
        func row(_ sql: String) throws -> [String] { try sqlite.scalar(sql).split(separator: "|").map(String.init) }
        let total = try sqlite.scalar("SELECT sum(count) FROM member_counts")
        let status = try row("SELECT status, sum(count) FROM member_counts GROUP BY status HAVING sum(count) > 0 ORDER BY 2 LIMIT 1")
        let tier = try row("SELECT tier_id, sum(count) FROM member_counts GROUP BY tier_id HAVING sum(count) > 0 ORDER BY 2 LIMIT 1")
        let pair = try row("SELECT status, tier_id, count FROM member_counts WHERE count > 0 ORDER BY count LIMIT 1")
        guard status.count == 2, tier.count == 2, pair.count == 3, let tierID = Int64(tier[0]), let pairTier = Int64(pair[1]) else {
            throw BenchError.failed("the database has no members to filter")
        }
        return [
            Case(filter: MemberFilter(), label: "no filter (\(total))", condition: "1"),
            Case(filter: MemberFilter(status: MemberStatus(rawValue: status[0])), label: "status \(status[0]) (\(status[1]))",
                 condition: "status = \(sqlLiteral(status[0]))"),
            Case(filter: MemberFilter(tierID: tierID), label: "tier \(tierID) (\(tier[1]))", condition: "tier_id = \(tierID)"),
            Case(filter: MemberFilter(status: MemberStatus(rawValue: pair[0]), tierID: pairTier), label: "status \(pair[0]) + tier \(pairTier) (\(pair[2]))",
                 condition: "status = \(sqlLiteral(pair[0])) AND tier_id = \(pairTier)"),
        ]
    }

    /// Adds two rows per sort and filter: the first page, and the pages after and before random members.
    func measure(into report: inout Report) throws {
        for filtered in try cases() {
            let ids = try sqlite.scalar("SELECT group_concat(id) FROM (SELECT id FROM members WHERE \(filtered.condition) ORDER BY random() LIMIT \(pages))")
            let members = try ids.split(separator: ",").compactMap { Int64($0) }.map { try store.member(id: $0) }
            for sort in MemberSort.allCases {
                var first = Samples(), deep = Samples()
                for _ in 0..<pages {
                    try first.time { _ = try store.members(sortedBy: sort, filter: filtered.filter, limit: 50) }
                }
                for member in members {
                    let cursor = MemberListCursor.after(member, sortedBy: sort)
                    for backwards in [false, true] {
                        try deep.time { _ = try store.members(sortedBy: sort, filter: filtered.filter, after: cursor, limit: 50, backwards: backwards) }
                    }
                }
                report.add("member list by \(sort), \(filtered.label): first page", first, note: "store page of 50")
                report.add("member list by \(sort), \(filtered.label): deep PgDn + PgUp", deep, note: "after/before \(members.count) random members")
            }
        }
    }
}
