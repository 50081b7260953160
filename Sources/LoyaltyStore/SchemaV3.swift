/// Schema version 3: erasure of a person's data on request (GDPR Art. 17).
///
/// - `members.erased_at`: when a member's personal data was removed; their row stays (under
///   "Erased member <id>" / "erased-<id>@invalid") so the ledger, totals and `check` are unchanged.
/// - `ledger_redactions`: the only way a ledger entry may change after it is written. Erasure may
///   rewrite the `reason` text of an entry that names the person (e.g. "Referral: Zoë placed a first
///   order") and must record that here first, in the same transaction. Points, kinds, dates and
///   links of an entry can still never change.
let schemaV3 = """
ALTER TABLE members ADD COLUMN erased_at INTEGER;

CREATE TABLE ledger_redactions (
    entry_id INTEGER PRIMARY KEY REFERENCES ledger(id),
    redacted_at INTEGER NOT NULL,
    actor TEXT NOT NULL CHECK (length(actor) > 0)
) STRICT;

DROP TRIGGER ledger_is_append_only_update;
CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger
WHEN NOT (NEW.id IS OLD.id AND NEW.member_id IS OLD.member_id AND NEW.kind IS OLD.kind AND NEW.delta IS OLD.delta
      AND NEW.balance_after IS OLD.balance_after AND NEW.actor IS OLD.actor AND NEW.created_at IS OLD.created_at
      AND NEW.event_key IS OLD.event_key AND NEW.rule_id IS OLD.rule_id AND NEW.reverses_id IS OLD.reverses_id
      AND NEW.lot_id IS OLD.lot_id AND NEW.expires_at IS OLD.expires_at
      AND EXISTS (SELECT 1 FROM ledger_redactions WHERE entry_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead'); END;
"""

/// Applies Schema version 3.
let migrationV3 = Migration(version: 3) { db, _ in
    try db.execute(schemaV3)
}
