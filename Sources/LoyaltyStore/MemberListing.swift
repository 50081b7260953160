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

extension Transaction {
    /// Up to `limit` members that pass `filter`, in `sort` order, after `cursor` (from the start when
    /// nil); `backwards` gives those before it instead (from the end when nil), still returned in
    /// `sort` order. Each order walks its own index (`members_by_name`, `members_by_balance`,
    /// `members_by_activity`) from the cursor and stops at `limit`, so a page costs the same at any
    /// number of members; a filter skips the rows it leaves out on the way.
    public func members(sortedBy sort: MemberSort, filter: MemberFilter, after cursor: MemberListCursor?, limit: Int,
                        backwards: Bool = false) throws -> [Member] {
        let index: String, column: String, ascending: Bool
        switch sort {
        case .name: (index, column, ascending) = ("members_by_name", "m.name COLLATE NOCASE", true)
        case .balance: (index, column, ascending) = ("members_by_balance", "m.balance", false)
        case .activity: (index, column, ascending) = ("members_by_activity", "m.last_activity_at", false)
        }
        // Backwards walks the index the other way from the cursor; the rows come nearest first.
        let direction = ascending != backwards ? "ASC" : "DESC", comparison = ascending != backwards ? ">" : "<"
        let bound = ascending != backwards ? ">=" : "<="
        let select = "SELECT \(Transaction.memberColumns) FROM members m INDEXED BY \(index) JOIN tiers t ON t.id = m.tier_id"
        let filtering = "(?3 IS NULL OR m.status = ?3) AND (?4 IS NULL OR m.tier_id = ?4)"
        let order = "ORDER BY \(column) \(direction), m.id \(direction) LIMIT ?5"
        func page(_ condition: String, _ value: (any SQLBindable)?, _ id: Int64?, limit: Int) throws -> [Member] {
            guard limit > 0 else { return [] }
            let bound: any SQLBindable = value ?? (nil as Int64?)
            return try db.all("\(select) WHERE \(condition) AND \(filtering) \(order)", [bound, id, filter.status?.rawValue, filter.tierID, limit],
                              Transaction.member(from:))
        }
        // Those never active come last in activity order, newest id first.
        let active = "m.last_activity_at IS NOT NULL AND ?1 IS NULL AND ?2 IS NULL", neverActive = "m.last_activity_at IS NULL AND ?1 IS NULL"
        let rows: [Member]
        switch (cursor?.value, sort == .activity) {
        case (nil, false):
            rows = try page("?1 IS NULL AND ?2 IS NULL", nil, nil, limit: limit)
        case (nil, true) where !backwards:
            let first = try page(active, nil, nil, limit: limit)
            rows = first + (try page("\(neverActive) AND ?2 IS NULL", nil, nil, limit: limit - first.count))
        case (nil, true):
            let last = try page("\(neverActive) AND ?2 IS NULL", nil, nil, limit: limit)
            rows = last + (try page(active, nil, nil, limit: limit - last.count))
        case (.name(let name)?, _):
            rows = try page("\(column) \(bound) ?1 AND (\(column), m.id) \(comparison) (?1, ?2)", name, cursor?.id, limit: limit)
        case (.number(nil)?, _) where !backwards:
            rows = try page("\(neverActive) AND m.id < ?2", nil, cursor?.id, limit: limit)
        case (.number(nil)?, _):
            let nearer = try page("\(neverActive) AND m.id > ?2", nil, cursor?.id, limit: limit)
            rows = nearer + (try page(active, nil, nil, limit: limit - nearer.count))
        case (.number(let value?)?, _):
            let first = try page("\(column) \(bound) ?1 AND (\(column), m.id) \(comparison) (?1, ?2)", value, cursor?.id, limit: limit)
            rows = sort == .activity && !backwards ? first + (try page("\(neverActive) AND ?2 IS NULL", nil, nil, limit: limit - first.count)) : first
        }
        return backwards ? rows.reversed() : rows
    }
}

extension Store {
    /// A page of the member list, filtered and sorted (see `Transaction.members(sortedBy:filter:after:limit:)`).
    public func members(sortedBy sort: MemberSort, filter: MemberFilter = MemberFilter(), after cursor: MemberListCursor? = nil, limit: Int,
                        backwards: Bool = false) throws -> [Member] {
        try read { try $0.members(sortedBy: sort, filter: filter, after: cursor, limit: limit, backwards: backwards) }
    }
}
