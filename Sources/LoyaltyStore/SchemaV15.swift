/// Schema version 15: the coupons on their way to the connected shop, each push exactly once.
///
/// - `shop_coupon_pushes`: one row per coupon and action (`create` it in the shop, `delete` it
///   there), queued in the transaction that plans a sync's pushes and marked done in the one that
///   records the shop's answer; a failed push waits `next_attempt_at` (doubling with `attempts`).
///   `shop_ref` is the shop's id of the coupon once known (WooCommerce's coupon id; Shopify's price
///   rule id), kept as soon as the shop gave it, so a push stopped between the shop's answer and its
///   commit looks the coupon up by its code instead of creating it again.
let schemaV15 = """
CREATE TABLE shop_coupon_pushes (
    coupon_id INTEGER NOT NULL REFERENCES coupons(id),
    action TEXT NOT NULL CHECK (action IN ('create', 'delete')),
    queued_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    shop_ref TEXT,
    last_error TEXT,
    done_at INTEGER,
    PRIMARY KEY (coupon_id, action)
) STRICT, WITHOUT ROWID;
CREATE INDEX shop_coupon_pushes_due ON shop_coupon_pushes(next_attempt_at) WHERE done_at IS NULL;
"""

/// Applies schema version 15.
let migrationV15 = Migration(version: 15) { db, _ in
    try db.execute(schemaV15)
}
