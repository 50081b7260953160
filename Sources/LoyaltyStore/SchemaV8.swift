/// Schema version 8: customers imported from the shop, and marketing consent.
///
/// - `members.accepts_marketing`: whether the person agreed to marketing e-mails: 1 yes, 0 no (opted
///   out), NULL not known (everyone before this version, and customers of a shop whose export does not
///   say). Programme news is never sent to someone who opted out.
/// - `shop_customers`: each customer of the shop the customer import has seen, by the shop's own key
///   (`shopify:<Customer ID>`, `woo:<id>`), the member it became, and the name, phone, consent and
///   creation date the last import read. A later export changes a member only where the shop's
///   values changed since then, so the same file twice changes nothing and a detail edited by hand
///   is not undone by an older export. Erasure empties the name and phone.
/// - `outbox.status` gains `held` with `outbox.held_because` (`marketing_opt_out`): a message that
///   delivery kept back, and why. SQLite cannot change a CHECK constraint, so the table is rebuilt.
/// - `members_by_balance` and `members_by_activity`: the member list sorted by balance or by last
///   activity reads one page by key, as the name order does, at any number of members. Each costs
///   the ledger's writes one more index entry to move per entry (a few microseconds). They and
///   `members_by_name` (rebuilt) carry the status and tier, so a list filtered by them skips the rows
///   it leaves out inside the index: a filter that matches no one reads the index, never the table
///   (0.04 s instead of 1.6 s at a million members).
let schemaV8 = """
ALTER TABLE members ADD COLUMN accepts_marketing INTEGER CHECK (accepts_marketing IS NULL OR accepts_marketing IN (0, 1));

CREATE TABLE shop_customers (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 120),
    member_id INTEGER NOT NULL REFERENCES members(id),
    name TEXT,
    phone TEXT,
    accepts_marketing INTEGER CHECK (accepts_marketing IS NULL OR accepts_marketing IN (0, 1)),
    created_at INTEGER,
    imported_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX shop_customers_by_member ON shop_customers(member_id);

DROP INDEX members_by_name;
CREATE INDEX members_by_name ON members(name COLLATE NOCASE, id, status, tier_id);
CREATE INDEX members_by_balance ON members(balance, id, status, tier_id);
CREATE INDEX members_by_activity ON members(last_activity_at, id, status, tier_id);

CREATE TABLE outbox_v8 (
    id INTEGER PRIMARY KEY,
    trigger TEXT NOT NULL CHECK ((trigger = 'welcome' OR trigger = 'points_earned' OR trigger = 'reward_available' OR trigger = 'coupon_issued' OR trigger = 'points_expiring' OR trigger = 'tier_reached')),
    event_key TEXT NOT NULL CHECK (length(event_key) > 0),
    member_id INTEGER REFERENCES members(id),
    to_name TEXT NOT NULL,
    to_address TEXT NOT NULL CHECK (length(to_address) > 0),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK ((status = 'queued' OR status = 'sending' OR status = 'sent' OR status = 'failed' OR status = 'held')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    created_at INTEGER NOT NULL,
    attempted_at INTEGER,
    sent_at INTEGER,
    held_because TEXT CHECK (held_because IS NULL OR held_because = 'marketing_opt_out'),
    CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
    CHECK ((status = 'held') = (held_because IS NOT NULL)),
    UNIQUE (trigger, event_key)
) STRICT;
INSERT INTO outbox_v8(id, trigger, event_key, member_id, to_name, to_address, subject, body, status, attempts, last_error, created_at, attempted_at, sent_at)
    SELECT id, trigger, event_key, member_id, to_name, to_address, subject, body, status, attempts, last_error, created_at, attempted_at, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v8 RENAME TO outbox;
CREATE INDEX outbox_by_status ON outbox(status, id);
CREATE INDEX outbox_by_member ON outbox(member_id, id);
"""

/// Applies schema version 8.
let migrationV8 = Migration(version: 8) { db, _ in
    try db.execute(schemaV8)
}
