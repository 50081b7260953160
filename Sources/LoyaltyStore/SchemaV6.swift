import Foundation
import LoyaltyCore

/// Schema version 6: privacy.
///
/// - `members.page_token`: 32 random hex digits naming the member's My Rewards page
///   (`members/<token>.html`), separate from the referral code, which members share on purpose.
///   Existing members get one each; a member inserted without one gets one from the trigger.
/// - `program.key_secret`: 32 random bytes that key the hashes (`KeyedHash`) which replace an erased
///   person's event keys that held their e-mail address: `redacted:<HMAC-SHA-256 of the old key>`.
///   The same event sent again hashes to the same value and is still recognised; the value does
///   not say what the key was.
/// - The ledger's append-only trigger also lets an entry recorded in `ledger_redactions` have its
///   `event_key` replaced, once, by such a `redacted:` key; points, kinds, dates and links still never change.
let schemaV6 = """
ALTER TABLE members ADD COLUMN page_token TEXT;
UPDATE members SET page_token = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX members_by_page_token ON members(page_token);
CREATE TRIGGER members_get_a_page_token AFTER INSERT ON members WHEN NEW.page_token IS NULL
BEGIN UPDATE members SET page_token = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE program ADD COLUMN key_secret BLOB;
UPDATE program SET key_secret = randomblob(32);

DROP TRIGGER ledger_is_append_only_update;
CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger
WHEN NOT (NEW.id IS OLD.id AND NEW.member_id IS OLD.member_id AND NEW.kind IS OLD.kind AND NEW.delta IS OLD.delta
      AND NEW.balance_after IS OLD.balance_after AND NEW.actor IS OLD.actor AND NEW.created_at IS OLD.created_at
      AND (NEW.event_key IS OLD.event_key OR NEW.event_key LIKE 'redacted:%' AND OLD.event_key NOT LIKE 'redacted:%')
      AND NEW.rule_id IS OLD.rule_id AND NEW.reverses_id IS OLD.reverses_id
      AND NEW.lot_id IS OLD.lot_id AND NEW.expires_at IS OLD.expires_at
      AND EXISTS (SELECT 1 FROM ledger_redactions WHERE entry_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead'); END;
"""

/// Applies schema version 6, then redacts the event keys of people erased before it (see
/// `Transaction.redactEventKeysOfEarlierErasures`).
let migrationV6 = Migration(version: 6) { db, now in
    try db.execute(schemaV6)
    try Transaction(db: db, now: Date(unixSeconds: now), actor: "migration", calendar: Calendar(identifier: .gregorian))
        .redactEventKeysOfEarlierErasures()
}
