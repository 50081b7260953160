/// Schema version 4: who may do what, and what they did.
///
/// - `users`: the OS accounts that may open the database and their role. Empty until the first
///   writer opens it; that person becomes the owner (see `Store.registerFirstOwner`).
/// - `audit_log`: every manual change and every programme change: who, when, what, before → after,
///   and why. Append-only, like the ledger: the only change allowed after writing is erasure of a
///   member's personal data from the rows about them (`member_id`), once that member is erased.
let schemaV4 = """
CREATE TABLE users (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
    role TEXT NOT NULL CHECK (role = 'owner' OR role = 'staff' OR role = 'viewer'),
    added_at INTEGER NOT NULL,
    added_by TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL CHECK (length(actor) > 0),
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    member_id INTEGER REFERENCES members(id)
) STRICT;
CREATE INDEX audit_log_by_member ON audit_log(member_id) WHERE member_id IS NOT NULL;
CREATE INDEX audit_log_by_actor ON audit_log(actor, id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
      AND NEW.member_id IS OLD.member_id AND OLD.member_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM members WHERE id = OLD.member_id AND erased_at IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

/// Applies schema version 4.
let migrationV4 = Migration(version: 4) { db, _ in
    try db.execute(schemaV4)
}
