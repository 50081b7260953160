/// Schema version 9: every ledger entry carries the moment it happened as well as the moment it was
/// recorded.
///
/// - `ledger.occurred_at`: when the order was placed, the refund made, the points given (`created_at`
///   stays the moment Loyalty wrote the entry). Every entry written before this version happened when
///   it was recorded, so the migration copies `created_at`; the append-only trigger is set aside for
///   that one update, inside the migration's transaction, and comes back guarding `occurred_at` too.
///   A new entry without it is refused.
/// - The running totals follow the moment it happened: a member's last activity is their latest entry
///   (an expiry is not something they did), the day an entry counts in the daily figures is its own,
///   and an order older than the member's joined date moves it back to that order.
/// - `ledger_by_member_occurred` serves the activity list (newest first by when it happened), the
///   tier window and the daily cap, which all read one member's entries between two moments.
let schemaV9 = """
ALTER TABLE ledger ADD COLUMN occurred_at INTEGER;
DROP TRIGGER ledger_is_append_only_update;
UPDATE ledger SET occurred_at = created_at;
CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger
WHEN NOT (NEW.id IS OLD.id AND NEW.member_id IS OLD.member_id AND NEW.kind IS OLD.kind AND NEW.delta IS OLD.delta
      AND NEW.balance_after IS OLD.balance_after AND NEW.actor IS OLD.actor AND NEW.created_at IS OLD.created_at
      AND NEW.occurred_at IS OLD.occurred_at
      AND (NEW.event_key IS OLD.event_key OR NEW.event_key LIKE 'redacted:%' AND OLD.event_key NOT LIKE 'redacted:%')
      AND NEW.rule_id IS OLD.rule_id AND NEW.reverses_id IS OLD.reverses_id
      AND NEW.lot_id IS OLD.lot_id AND NEW.expires_at IS OLD.expires_at
      AND EXISTS (SELECT 1 FROM ledger_redactions WHERE entry_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead'); END;
CREATE TRIGGER ledger_entry_has_its_moment BEFORE INSERT ON ledger WHEN NEW.occurred_at IS NULL
BEGIN SELECT RAISE(ABORT, 'a ledger entry needs the moment it happened (occurred_at)'); END;

DROP TRIGGER ledger_keeps_totals;
CREATE TRIGGER ledger_keeps_totals AFTER INSERT ON ledger
BEGIN
    UPDATE members SET balance = NEW.balance_after,
        last_activity_at = CASE WHEN NEW.kind = 'expire' THEN last_activity_at ELSE max(coalesce(last_activity_at, NEW.occurred_at), NEW.occurred_at) END,
        joined_at = CASE WHEN NEW.kind = 'earn' THEN min(joined_at, NEW.occurred_at) ELSE joined_at END,
        earned_total = earned_total + CASE WHEN NEW.kind IN ('earn', 'give') THEN NEW.delta ELSE 0 END,
        redeemed_total = redeemed_total + CASE WHEN NEW.kind = 'redeem' THEN -NEW.delta ELSE 0 END
    WHERE id = NEW.member_id;
    UPDATE point_totals SET gained = gained + max(NEW.delta, 0), lost = lost + max(-NEW.delta, 0), entries = entries + 1
    WHERE kind = NEW.kind;
    INSERT OR IGNORE INTO daily_points(day, issued, redeemed) VALUES (NEW.occurred_at / 86400, 0, 0);
    UPDATE daily_points SET
        issued = issued + CASE WHEN (NEW.kind = 'earn' OR NEW.kind = 'give' OR NEW.kind = 'set') THEN max(NEW.delta, 0) ELSE 0 END,
        redeemed = redeemed + CASE WHEN NEW.kind = 'redeem' THEN -NEW.delta ELSE 0 END
    WHERE day = NEW.occurred_at / 86400;
END;

CREATE INDEX ledger_by_member_occurred ON ledger(member_id, occurred_at);
"""

/// Applies schema version 9.
let migrationV9 = Migration(version: 9) { db, _ in
    try db.execute(schemaV9)
}
