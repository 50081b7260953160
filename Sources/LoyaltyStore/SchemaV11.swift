/// Schema version 11: the shop the programme is connected to, and the webhook deliveries it sent.
///
/// - `shop_connection`: at most one row, what `loyalty shop connect` set up and what has happened
///   since: the platform, the shop's address (a WooCommerce URL or a Shopify store name), who
///   connected it and when, the last webhook applied, the last sync, and the last error. It holds no
///   secret: the credentials live in a file of their own, readable by the owner only (`ShopCredentials`),
///   so that a database shared with staff and viewers, its backups and its exports never carry them.
/// - `webhook_deliveries`: the id of every delivery applied (WooCommerce's `X-WC-Webhook-Delivery-ID`,
///   Shopify's `X-Shopify-Webhook-Id`), so a delivery sent again changes nothing, and the order it
///   carried (no personal data).
let schemaV11 = """
CREATE TABLE shop_connection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    platform TEXT NOT NULL CHECK (platform IN ('woocommerce', 'shopify')),
    address TEXT NOT NULL,
    connected_at INTEGER NOT NULL,
    connected_by TEXT NOT NULL,
    last_webhook_at INTEGER,
    last_sync_at INTEGER,
    last_error TEXT,
    last_error_at INTEGER
) STRICT;
CREATE TABLE webhook_deliveries (
    delivery_id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    order_ref TEXT,
    received_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
"""

/// Applies schema version 11.
let migrationV11 = Migration(version: 11) { db, _ in
    try db.execute(schemaV11)
}
