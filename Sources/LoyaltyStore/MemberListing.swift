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
}

extension Transaction {
    /// Up to `limit` members that pass `filter`, in `sort` order, after `cursor` (from the start when
    /// nil). Each order walks its own index (`members_by_name`, `members_by_balance`,
    /// `members_by_activity`) from the cursor and stops at `limit`, so a page costs the same at any
    /// number of members; a filter skips the rows it leaves out on the way.
    public func members(sortedBy sort: MemberSort, filter: MemberFilter, after cursor: MemberListCursor?, limit: Int) throws -> [Member] {
        let index: String, column: String, direction: String, comparison: String
        switch sort {
        case .name: (index, column, direction, comparison) = ("members_by_name", "m.name COLLATE NOCASE", "ASC", ">")
        case .balance: (index, column, direction, comparison) = ("members_by_balance", "m.balance", "DESC", "<")
        case .activity: (index, column, direction, comparison) = ("members_by_activity", "m.last_activity_at", "DESC", "<")
        }
        let select = "SELECT \(Transaction.memberColumns) FROM members m INDEXED BY \(index) JOIN tiers t ON t.id = m.tier_id"
        let filtering = "(?3 IS NULL OR m.status = ?3) AND (?4 IS NULL OR m.tier_id = ?4)"
        let order = "ORDER BY \(column) \(direction), m.id \(direction) LIMIT ?5"
        func page(_ condition: String, _ value: (any SQLBindable)?, _ id: Int64?, limit: Int) throws -> [Member] {
            let bound: any SQLBindable = value ?? (nil as Int64?)
            return try db.all("\(select) WHERE \(condition) AND \(filtering) \(order)", [bound, id, filter.status?.rawValue, filter.tierID, limit],
                              Transaction.member(from:))
        }
        guard let cursor else {
            let rows = try page(sort == .activity ? "m.last_activity_at IS NOT NULL AND ?1 IS NULL AND ?2 IS NULL" : "?1 IS NULL AND ?2 IS NULL", nil, nil, limit: limit)
            guard sort == .activity, rows.count < limit else { return rows }
            return rows + (try page("m.last_activity_at IS NULL AND ?1 IS NULL AND ?2 IS NULL", nil, nil, limit: limit - rows.count))
        }
        switch cursor.value {
        case .name(let name):
            return try page("\(column) >= ?1 AND (\(column), m.id) > (?1, ?2)", name, cursor.id, limit: limit)
        case .number(nil):
            // After a member never active: the rest of those never active, in id order downwards.
            return try page("m.last_activity_at IS NULL AND ?1 IS NULL AND m.id < ?2", nil, cursor.id, limit: limit)
        case .number(let value?):
            let rows = try page("\(column) <= ?1 AND (\(column), m.id) \(comparison) (?1, ?2)", value, cursor.id, limit: limit)
            guard sort == .activity, rows.count < limit else { return rows }
            return rows + (try page("m.last_activity_at IS NULL AND ?1 IS NULL AND ?2 IS NULL", nil, nil, limit: limit - rows.count))
        }
    }
}

extension Store {
    /// A page of the member list, filtered and sorted (see `Transaction.members(sortedBy:filter:after:limit:)`).
    public func members(sortedBy sort: MemberSort, filter: MemberFilter = MemberFilter(), after cursor: MemberListCursor? = nil, limit: Int) throws -> [Member] {
        try read { try $0.members(sortedBy: sort, filter: filter, after: cursor, limit: limit) }
    }
}
