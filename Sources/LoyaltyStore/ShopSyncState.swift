import Foundation
import LoyaltyCore

/// What `loyalty sync` reads from the connected shop.
public enum SyncResource: String, Sendable, CaseIterable {
    case orders, customers
}

/// Where a sync of one resource goes on: the request its next page is. Kept in the database and
/// moved only in the transaction that applied the page before it (`applySyncedOrders`), so that a
/// sync stopped at any moment asks again for the page it had not applied.
public struct SyncPosition: Sendable, Equatable {
    /// Changed after this moment (WooCommerce's `modified_after`, Shopify's `updated_at_min`, as the
    /// platform writes it); nil: everything.
    public var since: String?
    /// The page of `since` to ask for (WooCommerce's orders `page`); for WooCommerce's customers,
    /// the place of the first customer not yet read, counting from 1 (its `offset` plus one).
    public var page: Int
    /// The next page of the run under way (Shopify's `Link: rel="next"`, its `page_info` cursor);
    /// nil when no run is under way.
    public var nextURL: String?
    /// Where the run after the one under way starts (Shopify).
    public var runSince: String?

    public init(since: String? = nil, page: Int = 1, nextURL: String? = nil, runSince: String? = nil) {
        self.since = since
        self.page = page
        self.nextURL = nextURL
        self.runSince = runSince
    }
}

extension Store {
    /// Where the sync of `resource` goes on (the start when it never ran).
    public func syncPosition(_ resource: SyncResource) throws -> SyncPosition {
        try read { tx in
            try tx.db.one("SELECT since, page, next_url, run_since FROM shop_sync WHERE resource = ?", [resource.rawValue]) {
                SyncPosition(since: $0.optionalText(0), page: Int($0.int(1)), nextURL: $0.optionalText(2), runSince: $0.optionalText(3))
            } ?? SyncPosition()
        }
    }

    /// How many items of `resource` the syncs have read since the shop was connected, counting
    /// those read again (a page of the last sync's end, an order changed since).
    public func syncedItems(_ resource: SyncResource) throws -> Int {
        try read { tx in Int(try tx.db.one("SELECT applied FROM shop_sync WHERE resource = ?", [resource.rawValue]) { $0.int(0) } ?? 0) }
    }

    /// Applies one page of orders read from the shop through the import's applier (exactly once,
    /// refunds and cancellations included) and moves the orders' position to `next`, in ONE
    /// transaction: both happen or neither. A page that changed something is audited. An order that
    /// cannot be applied refuses the page (`ImportRefused`): nothing changes, the position stays.
    public func applySyncedOrders(_ parsed: ParsedImport, page: String, next: SyncPosition) throws -> ImportSummary {
        if !parsed.problems.isEmpty { throw ImportRefused(problems: parsed.problems) }
        return try write(.membersAndPoints) { tx in
            let summary = try tx.applyShopOrders(parsed, file: page)
            try tx.moveSync(.orders, to: next, applied: parsed.rows)
            if summary.changedAnything { try tx.audit("shop.sync", page, after: summary.auditText) }
            return summary
        }
    }

    /// Applies one page of customers read from the shop as `importCustomers` does, and moves the
    /// customers' position to `next`, in ONE transaction.
    public func applySyncedCustomers(_ parsed: ParsedCustomers, page: String, signupPoints: SignupPoints,
                                     next: SyncPosition) throws -> CustomerImportSummary {
        if !parsed.problems.isEmpty { throw ImportRefused(problems: parsed.problems) }
        return try write(.membersAndPoints) { tx in
            let summary = try tx.applyCustomers(parsed, file: page, signupPoints: signupPoints)
            try tx.moveSync(.customers, to: next, applied: parsed.rows)
            return summary
        }
    }

    /// Notes a sync that read everything: the connection's last sync is now, and its last error
    /// is forgotten.
    public func finishSync() throws {
        _ = try write(.membersAndPoints) { tx in
            try tx.db.run("UPDATE shop_connection SET last_sync_at = ?, last_error = NULL, last_error_at = NULL WHERE id = 1", [tx.nowSeconds])
        }
    }

    /// Keeps why a sync stopped as the connection's last error (`shop status` and the dashboard show it).
    public func recordSyncFailure(_ text: String) throws {
        try write(.membersAndPoints) { tx in try tx.recordShopError(text) }
    }
}

extension Transaction {
    /// Moves the position of `resource` to `next`, counting `applied` more items read.
    fileprivate func moveSync(_ resource: SyncResource, to next: SyncPosition, applied: Int) throws {
        try db.run("""
            INSERT INTO shop_sync(resource, since, page, next_url, run_since, applied, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (resource) DO UPDATE SET since = ?2, page = ?3, next_url = ?4, run_since = ?5, applied = applied + ?6, updated_at = ?7
            """, [resource.rawValue, next.since, Int64(next.page), next.nextURL, next.runSince, Int64(applied), nowSeconds])
    }
}
