/// Schema version 2: the e-mail outbox. A message is written, with the member's values filled in,
/// in the same transaction as the event that triggers it, and delivered later by `loyalty mail send`.
/// `(trigger, event_key)` is unique, so one event never queues the same e-mail twice.
let schemaV2 = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    trigger TEXT NOT NULL CHECK ((trigger = 'welcome' OR trigger = 'points_earned' OR trigger = 'reward_available' OR trigger = 'coupon_issued' OR trigger = 'points_expiring' OR trigger = 'tier_reached')),
    event_key TEXT NOT NULL CHECK (length(event_key) > 0),
    member_id INTEGER REFERENCES members(id),
    to_name TEXT NOT NULL,
    to_address TEXT NOT NULL CHECK (length(to_address) > 0),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK ((status = 'queued' OR status = 'sending' OR status = 'sent' OR status = 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    created_at INTEGER NOT NULL,
    attempted_at INTEGER,
    sent_at INTEGER,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
    UNIQUE (trigger, event_key)
) STRICT;
CREATE INDEX outbox_by_status ON outbox(status, id);
CREATE INDEX outbox_by_member ON outbox(member_id, id);
"""
