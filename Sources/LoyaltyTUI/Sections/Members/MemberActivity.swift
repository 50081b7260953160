import LoyaltyCore
import LoyaltyStore

/// Fetching an opened member's activity: newest first, one keyset page (`before:` the oldest
/// entry shown) at a time as the selection moves down.
extension MemberDetail {
    /// The member, their coupons and the newest page of their activity.
    static func load(memberID: Int64, store: Store) throws -> MemberDetail {
        var detail = MemberDetail(card: try MemberCard.load(id: memberID, store: store))
        try detail.fetchOlder(atLeast: pageSize, store: store)
        return detail
    }

    /// The same member re-read after a change: the newest entries again (a new one shows at the
    /// top), as many as were fetched, with the selection kept on the same row.
    func reloaded(store: Store) throws -> MemberDetail {
        var fresh = MemberDetail(card: try MemberCard.load(id: card.member.id, store: store))
        try fresh.fetchOlder(atLeast: max(activity.count, Self.pageSize), store: store)
        fresh.list = ListState(selected: min(list.selected, max(0, fresh.activity.count - 1)), offset: list.offset)
        fresh.couponList = couponList.map { ListState(selected: min($0.selected, max(0, fresh.card.coupons.count - 1)), offset: $0.offset) }
        return fresh
    }

    /// Moves the selected entry, fetching older entries when the selection passes the last one.
    mutating func move(by delta: Int, visibleRows: Int, store: Store) throws {
        let target = list.selected + delta
        if target >= activity.count - 1, !activityComplete {
            try fetchOlder(atLeast: target - activity.count + 1 + visibleRows, store: store)
        }
        list.move(by: delta, count: activity.count, visibleRows: visibleRows)
    }

    private mutating func fetchOlder(atLeast count: Int, store: Store) throws {
        let limit = max(count, Self.pageSize)
        let page = try store.activity(memberID: card.member.id, before: activity.last?.id, limit: limit)
        activity += page
        activityComplete = page.count < limit
    }
}
