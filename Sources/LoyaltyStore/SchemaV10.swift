/// Schema version 10: expiry switched on later can apply to the points already held.
///
/// - `lot_expiry_changes`: each held lot whose expiry a change of the programme's expiry moved (the
///   owner chose that it applies to points held), its new `expires_at`, when that was saved, and the
///   newest ledger entry at that moment (`after_entry_id`). A lot's expiry is its entry's
///   `expires_at` until the first change after it, so `check` replays each change right after that
///   entry: the entries after it spend the lots in their new order. Rows are only ever added.
/// - `lot_expiry_changes_by_lot` finds a member's changes through their lots.
let schemaV10 = """
CREATE TABLE lot_expiry_changes (
    id INTEGER PRIMARY KEY,
    lot_id INTEGER NOT NULL REFERENCES lots(entry_id),
    after_entry_id INTEGER NOT NULL CHECK (after_entry_id >= lot_id),
    expires_at INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX lot_expiry_changes_by_lot ON lot_expiry_changes(lot_id);
CREATE TRIGGER lot_expiry_changes_are_append_only_update BEFORE UPDATE ON lot_expiry_changes
BEGIN SELECT RAISE(ABORT, 'lot expiry changes are append-only: record a new change instead'); END;
CREATE TRIGGER lot_expiry_changes_are_append_only_delete BEFORE DELETE ON lot_expiry_changes
BEGIN SELECT RAISE(ABORT, 'lot expiry changes are append-only: record a new change instead'); END;
"""

/// Applies schema version 10.
let migrationV10 = Migration(version: 10) { db, _ in
    try db.execute(schemaV10)
}
