import LoyaltyCore

/// The order of the member list.
public enum MemberSort: String, Sendable, CaseIterable {
    /// By name, A to Z (the list's own order).
    case name
    /// Highest balance first.
    case balance
    /// Most recent activity first; those never active last.
    case activity
}

/// Which members the list shows: all, or those of one status, one tier, or both.
public struct MemberFilter: Sendable, Equatable {
    public var status: MemberStatus?
    public var tierID: Int64?

    public init(status: MemberStatus? = nil, tierID: Int64? = nil) {
        self.status = status
        self.tierID = tierID
    }
}

/// Where a page of a sorted member list starts: after the member with this id, whose name, balance
/// or last activity (per the sort) is `value`.
public struct MemberListCursor: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case name(String)
        case number(Int64?)
    }

    public let value: Value
    public let id: Int64

    public init(value: Value, id: Int64) {
        self.value = value
        self.id = id
    }

    /// The cursor after `member` in a list sorted by `sort`.
    public static func after(_ member: Member, sortedBy sort: MemberSort) -> MemberListCursor {
        switch sort {
        case .name: return MemberListCursor(value: .name(member.name), id: member.id)
        case .balance: return MemberListCursor(value: .number(member.balance), id: member.id)
        case .activity: return MemberListCursor(value: .number(member.lastActivity?.unixSeconds), id: member.id)
        }
    }

    /// The cursor just before `member` in a list sorted by `sort`: a page after it starts with them.
    public static func atOrAfter(_ member: Member, sortedBy sort: MemberSort) -> MemberListCursor {
        let cursor = after(member, sortedBy: sort)
        return MemberListCursor(value: cursor.value, id: sort == .name ? member.id - 1 : member.id + 1)
    }
}

/// One keyset query of a member list page: ?1 is the cursor's sort value, ?2 its id, ?3 how many
/// rows to read. A page runs one or two of them (the never-active members of the activity order are
/// read apart) until it has its rows.
struct MemberPageQuery {
    let sql: String
    let arguments: [any SQLBindable]
}

extension Transaction {
    /// Up to `limit` members that pass `filter`, in `sort` order, after `cursor` (from the start when
    /// nil); `backwards` gives those before it instead (from the end when nil), still returned in
    /// `sort` order. A page reads only the members it shows, at any number of members: the whole list
    /// walks its sort's index (`members_by_name`, `members_by_balance`, `members_by_activity`) from the
    /// cursor; a filtered one walks the (status, tier) groups of `members_by_status_tier_<sort>` that
    /// the filter keeps, one page from each, and keeps the first page of them.
    public func members(sortedBy sort: MemberSort, filter: MemberFilter, after cursor: MemberListCursor?, limit: Int,
                        backwards: Bool = false) throws -> [Member] {
        var rows: [Member] = []
        for query in try memberPageQueries(sortedBy: sort, filter: filter, after: cursor, backwards: backwards) where rows.count < limit {
            rows += try db.all(query.sql, query.arguments + [limit - rows.count], Transaction.member(from:))
        }
        return backwards ? rows.reversed() : rows
    }

    /// The queries of one page of `members(sortedBy:filter:after:limit:backwards:)`, in the order they run.
    func memberPageQueries(sortedBy sort: MemberSort, filter: MemberFilter, after cursor: MemberListCursor?,
                           backwards: Bool) throws -> [MemberPageQuery] {
        let column: String, ascending: Bool
        switch sort {
        case .name: (column, ascending) = ("m.name COLLATE NOCASE", true)
        case .balance: (column, ascending) = ("m.balance", false)
        case .activity: (column, ascending) = ("m.last_activity_at", false)
        }
        // Backwards walks the index the other way from the cursor; the rows come nearest first.
        let direction = ascending != backwards ? "ASC" : "DESC", comparison = ascending != backwards ? ">" : "<"
        let bound = ascending != backwards ? ">=" : "<="
        let order = "ORDER BY \(column) \(direction), m.id \(direction) LIMIT ?3"
        let groups = try memberGroups(filter)
        func query(_ condition: String, _ value: (any SQLBindable)? = nil, _ id: Int64? = nil) -> MemberPageQuery {
            let arguments: [any SQLBindable] = [value ?? (nil as Int64?), id]
            guard let groups else {
                return MemberPageQuery(sql: """
                    SELECT \(Transaction.memberColumns) FROM members m INDEXED BY members_by_\(sort.rawValue) JOIN tiers t ON t.id = m.tier_id
                    WHERE \(condition) \(order)
                    """, arguments: arguments)
            }
            // One page of each (status, tier) group by key, then the first page of them in order.
            let pages = groups.map { status, tierID in
                """
                SELECT id FROM (SELECT m.id FROM members m INDEXED BY members_by_status_tier_\(sort.rawValue)
                WHERE m.status = '\(status.rawValue)' AND m.tier_id = \(tierID) AND \(condition) \(order))
                """
            }
            return MemberPageQuery(sql: """
                SELECT \(Transaction.memberColumns) FROM (\(pages.joined(separator: " UNION ALL "))) p
                CROSS JOIN members m ON m.id = p.id JOIN tiers t ON t.id = m.tier_id \(order)
                """, arguments: arguments)
        }
        // Those never active come last in activity order, newest id first.
        let active = "m.last_activity_at IS NOT NULL", neverActive = "m.last_activity_at IS NULL"
        switch (cursor?.value, sort == .activity) {
        case (nil, false):
            return [query("1")]
        case (nil, true):
            return backwards ? [query(neverActive), query(active)] : [query(active), query(neverActive)]
        case (.name(let name)?, _):
            return [query("\(column) \(bound) ?1 AND (\(column), m.id) \(comparison) (?1, ?2)", name, cursor?.id)]
        case (.number(nil)?, _):
            return backwards ? [query("\(neverActive) AND m.id > ?2", nil, cursor?.id), query(active)] : [query("\(neverActive) AND m.id < ?2", nil, cursor?.id)]
        case (.number(let value?)?, _):
            let after = query("\(column) \(bound) ?1 AND (\(column), m.id) \(comparison) (?1, ?2)", value, cursor?.id)
            return sort == .activity && !backwards ? [after, query(neverActive)] : [after]
        }
    }

    /// The (status, tier) groups a filtered list reads, nil for the whole list: the one the filter
    /// names, or every tier of a status, or every status of a tier.
    private func memberGroups(_ filter: MemberFilter) throws -> [(MemberStatus, Int64)]? {
        if filter.status == nil && filter.tierID == nil { return nil }
        let tiers = try filter.tierID.map { [$0] } ?? db.all("SELECT id FROM tiers ORDER BY id") { $0.int(0) }
        return (filter.status.map { [$0] } ?? MemberStatus.allCases).flatMap { status in tiers.map { (status, $0) } }
    }
}

extension Store {
    /// A page of the member list, filtered and sorted (see `Transaction.members(sortedBy:filter:after:limit:)`).
    public func members(sortedBy sort: MemberSort, filter: MemberFilter = MemberFilter(), after cursor: MemberListCursor? = nil, limit: Int,
                        backwards: Bool = false) throws -> [Member] {
        try read { try $0.members(sortedBy: sort, filter: filter, after: cursor, limit: limit, backwards: backwards) }
    }
}
