/// Schema version 12: how far `loyalty sync` has read the connected shop.
///
/// - `shop_sync`: one row per thing read (`orders`, `customers`), written in the same transaction
///   as the page it applied, so that a sync stopped at any moment starts again where the last
///   applied page ended. `since` is where the next request starts (WooCommerce's `modified_after`,
///   Shopify's `updated_at_min`, ISO 8601 in UTC; NULL: from the beginning) and `page` the page of
///   it (WooCommerce); `next_url` the address of the next page while a Shopify run is under way (its
///   `page_info` cursor), and `run_since` where the run after it will start. `applied` counts what
///   was read, those read again included, for `shop status`.
let schemaV12 = """
CREATE TABLE shop_sync (
    resource TEXT PRIMARY KEY CHECK (resource IN ('orders', 'customers')),
    since TEXT,
    page INTEGER NOT NULL DEFAULT 1 CHECK (page >= 1),
    next_url TEXT,
    run_since TEXT,
    applied INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
"""

/// Applies schema version 12.
let migrationV12 = Migration(version: 12) { db, _ in
    try db.execute(schemaV12)
}
