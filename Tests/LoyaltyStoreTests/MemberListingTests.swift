import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The member list filtered by status and tier and sorted by name, balance or last activity: paging
/// by key through it gives every matching member once, in order; each page walks an index.
final class MemberListingTests: XCTestCase {
    /// 60 people of every status, in two tiers, with balances (several equal) and activity on
    /// different days, or none.
    private func shop() throws -> (Shop, gold: Tier) {
        let shop = try Shop()
        let gold = try shop.store.addTier(Tier(name: "Gold", threshold: 300))
        let statuses: [MemberStatus] = [.member, .visitor, .pending]
        for n in 0..<60 {
            shop.store.setClock(day(Double(n % 7)))
            try shop.store.addMember(MemberDetails(name: "Person \(n % 10)", email: "p\(n)@example.com"), status: statuses[n % 3])
            if n % 5 != 0 { try shop.store.gift("p\(n)@example.com", Points((n * 37) % 11) * 50 + 50) }
        }
        return (shop, gold)
    }

    /// The whole list read `pageSize` at a time, each page after the last member of the one before.
    private func paged(_ store: Store, _ sort: MemberSort, _ filter: MemberFilter, pageSize: Int = 7) throws -> [Member] {
        var all: [Member] = [], cursor: MemberListCursor?
        while true {
            let page = try store.members(sortedBy: sort, filter: filter, after: cursor, limit: pageSize)
            all += page
            guard page.count == pageSize, let last = page.last else { return all }
            cursor = .after(last, sortedBy: sort)
        }
    }

    func testPagingGivesEveryMatchingMemberOnceInOrder() throws {
        let (shop, gold) = try shop()
        let everyone = try shop.store.members(limit: 1_000)
        XCTAssertEqual(everyone.count, 60)
        XCTAssertGreaterThan(everyone.filter { $0.tierID == gold.id }.count, 0)
        XCTAssertGreaterThan(everyone.filter { $0.lastActivity == nil }.count, 0)
        for status in [nil] + MemberStatus.allCases.map(Optional.some) {
            for tier in [nil, gold.id] {
                let filter = MemberFilter(status: status, tierID: tier)
                let matching = everyone.filter { (status == nil || $0.status == status) && (tier == nil || $0.tierID == tier) }
                let byBalance = matching.sorted { ($0.balance, $0.id) > ($1.balance, $1.id) }
                let byActivity = matching.sorted { a, b in
                    switch (a.lastActivity, b.lastActivity) {
                    case let (x?, y?): return (x, a.id) > (y, b.id)
                    case (.some, nil): return true
                    case (nil, .some): return false
                    case (nil, nil): return a.id > b.id
                    }
                }
                let byName = matching.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
                let what = "status \(status?.rawValue ?? "any"), tier \(tier.map(String.init) ?? "any")"
                XCTAssertEqual(try paged(shop.store, .balance, filter).map(\.email), byBalance.map(\.email), "balance, \(what)")
                XCTAssertEqual(try paged(shop.store, .activity, filter).map(\.email), byActivity.map(\.email), "activity, \(what)")
                XCTAssertEqual(try paged(shop.store, .name, filter).map(\.email), byName.map(\.email), "name, \(what)")
            }
        }
    }

    func testAPageCostsAFractionOfSortingEveryMember() throws {
        let store = try Store.inMemory(actor: "tester")
        try store.read { tx in
            try tx.db.execute("""
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000)
                INSERT INTO members(name, email, status, referral_code, tier_id, joined_at, page_token, balance, last_activity_at)
                SELECT 'Person ' || x, 'p' || x || '@example.com', CASE x % 3 WHEN 0 THEN 'member' WHEN 1 THEN 'visitor' ELSE 'pending' END,
                       'R' || x, 1, 1735689600, 'T' || x, (x * 7919) % 5000, CASE WHEN x % 4 = 0 THEN NULL ELSE 1735689600 + (x * 104729) % 86400 END
                FROM n
                """)
        }
        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let start = Date()
            for _ in 0..<5 { try body() }
            return Date().timeIntervalSince(start) / 5
        }
        let filter = MemberFilter(status: .member)
        for sort in MemberSort.allCases {
            let first = try store.members(sortedBy: sort, filter: filter, limit: 50)
            let cursor = MemberListCursor.after(try XCTUnwrap(first.last), sortedBy: sort)
            let page = try seconds { _ = try store.members(sortedBy: sort, filter: filter, after: cursor, limit: 50) }
            let column = sort == .name ? "name COLLATE NOCASE" : sort == .balance ? "balance" : "last_activity_at"
            let everything = try seconds {
                _ = try store.read { try $0.db.all("SELECT id FROM members NOT INDEXED WHERE status = 'member' ORDER BY \(column) DESC, id DESC LIMIT 100") { $0.int(0) } }
            }
            XCTAssertLessThan(page * 10, everything, "\(sort): a page took \(page) s, sorting every member \(everything) s")
        }
    }
}
