-- index audit_log_by_actor on audit_log
CREATE INDEX audit_log_by_actor ON audit_log(actor, id);

-- index audit_log_by_member on audit_log
CREATE INDEX audit_log_by_member ON audit_log(member_id) WHERE member_id IS NOT NULL;

-- index coupons_by_member on coupons
CREATE INDEX coupons_by_member ON coupons(member_id, id);

-- index coupons_by_order on coupons
CREATE INDEX coupons_by_order ON coupons(order_ref) WHERE order_ref IS NOT NULL;

-- index earning_rules_custom_name on earning_rules
CREATE UNIQUE INDEX earning_rules_custom_name ON earning_rules(name COLLATE NOCASE) WHERE kind = 'custom';

-- index earning_rules_one_per_kind on earning_rules
CREATE UNIQUE INDEX earning_rules_one_per_kind ON earning_rules(kind) WHERE kind != 'custom';

-- index ledger_by_event on ledger
CREATE INDEX ledger_by_event ON ledger(event_key) WHERE event_key IS NOT NULL;

-- index ledger_by_lot on ledger
CREATE INDEX ledger_by_lot ON ledger(lot_id) WHERE lot_id IS NOT NULL;

-- index ledger_by_member on ledger
CREATE INDEX ledger_by_member ON ledger(member_id, id);

-- index ledger_by_member_occurred on ledger
CREATE INDEX ledger_by_member_occurred ON ledger(member_id, occurred_at);

-- index ledger_by_reversed on ledger
CREATE INDEX ledger_by_reversed ON ledger(reverses_id) WHERE reverses_id IS NOT NULL;

-- index lot_expiry_changes_by_lot on lot_expiry_changes
CREATE INDEX lot_expiry_changes_by_lot ON lot_expiry_changes(lot_id);

-- index lots_by_member on lots
CREATE INDEX lots_by_member ON lots(member_id, entry_id);

-- index lots_due on lots
CREATE INDEX lots_due ON lots(expires_at) WHERE remaining > 0 AND expires_at IS NOT NULL;

-- index members_by_activity on members
CREATE INDEX members_by_activity ON members(last_activity_at, id, status, tier_id);

-- index members_by_balance on members
CREATE INDEX members_by_balance ON members(balance, id, status, tier_id);

-- index members_by_name on members
CREATE INDEX members_by_name ON members(name COLLATE NOCASE, id, status, tier_id);

-- index members_by_page_token on members
CREATE UNIQUE INDEX members_by_page_token ON members(page_token);

-- index members_by_status_tier_activity on members
CREATE INDEX members_by_status_tier_activity ON members(status, tier_id, last_activity_at, id);

-- index members_by_status_tier_balance on members
CREATE INDEX members_by_status_tier_balance ON members(status, tier_id, balance, id);

-- index members_by_status_tier_name on members
CREATE INDEX members_by_status_tier_name ON members(status, tier_id, name COLLATE NOCASE, id);

-- index orders_by_member on orders
CREATE INDEX orders_by_member ON orders(member_id);

-- index outbox_by_member on outbox
CREATE INDEX outbox_by_member ON outbox(member_id, id);

-- index outbox_by_status on outbox
CREATE INDEX outbox_by_status ON outbox(status, id);

-- index rewards_one_flexible on rewards
CREATE UNIQUE INDEX rewards_one_flexible ON rewards(kind) WHERE kind = 'flexible';

-- index shop_coupon_pushes_due on shop_coupon_pushes
CREATE INDEX shop_coupon_pushes_due ON shop_coupon_pushes(next_attempt_at) WHERE done_at IS NULL;

-- index shop_customers_by_member on shop_customers
CREATE INDEX shop_customers_by_member ON shop_customers(member_id);

-- index sqlite_autoindex_coupons_1 on coupons
-- (made by SQLite)

-- index sqlite_autoindex_members_1 on members
-- (made by SQLite)

-- index sqlite_autoindex_members_2 on members
-- (made by SQLite)

-- index sqlite_autoindex_outbox_1 on outbox
-- (made by SQLite)

-- index sqlite_autoindex_tiers_1 on tiers
-- (made by SQLite)

-- index sqlite_autoindex_tiers_2 on tiers
-- (made by SQLite)

-- index sqlite_autoindex_users_1 on users
-- (made by SQLite)

-- table audit_log on audit_log
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

-- table campaign_rules on campaign_rules
CREATE TABLE campaign_rules (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    rule_id INTEGER NOT NULL REFERENCES earning_rules(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, rule_id)
) STRICT, WITHOUT ROWID;

-- table campaigns on campaigns
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    multiplier INTEGER NOT NULL CHECK (multiplier > 100),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at)
) STRICT;

-- table coupons on coupons
CREATE TABLE coupons (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    member_id INTEGER NOT NULL REFERENCES members(id),
    reward_id INTEGER REFERENCES rewards(id) ON DELETE SET NULL,
    reward_name TEXT NOT NULL,
    description TEXT NOT NULL,
    discount_type TEXT NOT NULL,
    discount_value INTEGER,
    sku TEXT,
    min_subtotal INTEGER,
    points INTEGER NOT NULL CHECK (points > 0),
    redeem_entry_id INTEGER NOT NULL REFERENCES ledger(id),
    order_ref TEXT,
    returned INTEGER NOT NULL DEFAULT 0 CHECK (returned BETWEEN 0 AND points),
    state TEXT NOT NULL DEFAULT 'issued' CHECK ((state = 'issued' OR state = 'used' OR state = 'voided' OR state = 'expired')),
    issued_at INTEGER NOT NULL,
    state_at INTEGER,
    exported_at INTEGER
) STRICT;

-- table daily_points on daily_points
CREATE TABLE daily_points (
    day INTEGER PRIMARY KEY,
    issued INTEGER NOT NULL,
    redeemed INTEGER NOT NULL
) STRICT;

-- table earning_rules on earning_rules
CREATE TABLE earning_rules (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK ((kind = 'signup' OR kind = 'order' OR kind = 'booking' OR kind = 'event_ticket' OR kind = 'event_rsvp' OR kind = 'newsletter' OR kind = 'review' OR kind = 'birthday' OR kind = 'referral' OR kind = 'custom')),
    name TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points > 0),
    per_minor INTEGER CHECK (per_minor IS NULL OR per_minor > 0),
    max_per_event INTEGER CHECK (max_per_event IS NULL OR max_per_event > 0),
    max_per_day INTEGER CHECK (max_per_day IS NULL OR max_per_day > 0),
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

-- table email_automations on email_automations
CREATE TABLE email_automations (
    trigger TEXT PRIMARY KEY CHECK ((trigger = 'welcome' OR trigger = 'points_earned' OR trigger = 'reward_available' OR trigger = 'coupon_issued' OR trigger = 'points_expiring' OR trigger = 'tier_reached')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
) STRICT, WITHOUT ROWID;

-- table events on events
CREATE TABLE events (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    payload TEXT NOT NULL,
    awarded INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    entry_id INTEGER REFERENCES ledger(id),
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table ledger on ledger
CREATE TABLE ledger (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL CHECK ((kind = 'earn' OR kind = 'redeem' OR kind = 'give' OR kind = 'remove' OR kind = 'set' OR kind = 'reverse' OR kind = 'expire')),
    delta INTEGER NOT NULL CHECK (delta != 0),
    balance_after INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    actor TEXT NOT NULL CHECK (length(actor) > 0),
    created_at INTEGER NOT NULL,
    event_key TEXT,
    rule_id INTEGER,
    reverses_id INTEGER REFERENCES ledger(id),
    lot_id INTEGER REFERENCES ledger(id),
    expires_at INTEGER, occurred_at INTEGER,
    CHECK ((kind = 'reverse') = (reverses_id IS NOT NULL)),
    CHECK ((kind = 'expire') = (lot_id IS NOT NULL)),
    CHECK (kind IN ('earn', 'give') AND delta > 0 OR (kind = 'redeem' OR kind = 'remove' OR kind = 'expire') AND delta < 0 OR kind IN ('set', 'reverse'))
) STRICT;

-- table ledger_redactions on ledger_redactions
CREATE TABLE ledger_redactions (
    entry_id INTEGER PRIMARY KEY REFERENCES ledger(id),
    redacted_at INTEGER NOT NULL,
    actor TEXT NOT NULL CHECK (length(actor) > 0)
) STRICT;

-- table lot_expiry_changes on lot_expiry_changes
CREATE TABLE lot_expiry_changes (
    id INTEGER PRIMARY KEY,
    lot_id INTEGER NOT NULL REFERENCES lots(entry_id),
    after_entry_id INTEGER NOT NULL CHECK (after_entry_id >= lot_id),
    expires_at INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
) STRICT;

-- table lots on lots
CREATE TABLE lots (
    entry_id INTEGER PRIMARY KEY REFERENCES ledger(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    remaining INTEGER NOT NULL CHECK (remaining BETWEEN 0 AND amount),
    expires_at INTEGER
) STRICT;

-- table member_counts on member_counts
CREATE TABLE member_counts (
    status TEXT NOT NULL,
    tier_id INTEGER NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (status, tier_id)
) STRICT, WITHOUT ROWID;

-- table members on members
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    phone TEXT,
    birthday TEXT,
    status TEXT NOT NULL CHECK ((status = 'member' OR status = 'visitor' OR status = 'pending')),
    referral_code TEXT NOT NULL UNIQUE,
    referred_by INTEGER REFERENCES members(id),
    tier_id INTEGER NOT NULL REFERENCES tiers(id),
    balance INTEGER NOT NULL DEFAULT 0,
    earned_total INTEGER NOT NULL DEFAULT 0,
    redeemed_total INTEGER NOT NULL DEFAULT 0,
    joined_at INTEGER NOT NULL,
    last_activity_at INTEGER
, erased_at INTEGER, page_token TEXT, accepts_marketing INTEGER CHECK (accepts_marketing IS NULL OR accepts_marketing IN (0, 1))) STRICT;

-- table members_search on members_search
CREATE VIRTUAL TABLE members_search USING fts5(name, email, content = 'members', content_rowid = 'id', tokenize = 'trigram',
    columnsize = 0);

-- table members_search_config on members_search_config
CREATE TABLE 'members_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table members_search_data on members_search_data
CREATE TABLE 'members_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table members_search_idx on members_search_idx
CREATE TABLE 'members_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table orders on orders
CREATE TABLE orders (
    ref TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    paid INTEGER NOT NULL CHECK (paid >= 0),
    earned_entry_id INTEGER REFERENCES ledger(id),
    earned INTEGER NOT NULL DEFAULT 0,
    refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND paid),
    reversed INTEGER NOT NULL DEFAULT 0 CHECK (reversed BETWEEN 0 AND earned),
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table outbox on outbox
CREATE TABLE "outbox" (
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

-- table point_totals on point_totals
CREATE TABLE point_totals (
    kind TEXT PRIMARY KEY,
    gained INTEGER NOT NULL DEFAULT 0,
    lost INTEGER NOT NULL DEFAULT 0,
    entries INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

-- table program on program
CREATE TABLE program (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    points_name TEXT NOT NULL DEFAULT 'Points',
    points_icon TEXT NOT NULL DEFAULT '★',
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    status TEXT NOT NULL DEFAULT 'draft' CHECK ((status = 'draft' OR status = 'active' OR status = 'paused')),
    expiry_months INTEGER CHECK (expiry_months IS NULL OR expiry_months BETWEEN 1 AND 120),
    tier_window_months INTEGER NOT NULL DEFAULT 12 CHECK (tier_window_months BETWEEN 1 AND 120),
    launched_at INTEGER,
    updated_at INTEGER NOT NULL
, key_secret BLOB, customer_language TEXT NOT NULL DEFAULT 'en' CHECK (customer_language IN ('en', 'nl', 'fr', 'he')), points_named INTEGER NOT NULL DEFAULT 0 CHECK (points_named IN (0, 1))) STRICT;

-- table rewards on rewards
CREATE TABLE rewards (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fixed', 'flexible')),
    cost INTEGER CHECK (cost IS NULL OR cost > 0),
    discount_type TEXT CHECK (discount_type IS NULL OR (discount_type = 'percent_off' OR discount_type = 'amount_off' OR discount_type = 'free_shipping' OR discount_type = 'free_product' OR discount_type = 'sale_price')),
    discount_value INTEGER,
    sku TEXT,
    min_subtotal INTEGER,
    min_tier_id INTEGER REFERENCES tiers(id) ON DELETE SET NULL,
    rate_points INTEGER CHECK (rate_points IS NULL OR rate_points > 0),
    rate_value INTEGER CHECK (rate_value IS NULL OR rate_value > 0),
    min_points INTEGER,
    max_discount_amount INTEGER,
    max_discount_percent INTEGER CHECK (max_discount_percent IS NULL OR max_discount_percent BETWEEN 1 AND 100),
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL, description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 200),
    CHECK ((kind = 'fixed' AND cost IS NOT NULL AND discount_type IS NOT NULL)
        OR (kind = 'flexible' AND rate_points IS NOT NULL AND rate_value IS NOT NULL))
) STRICT;

-- table shop_connection on shop_connection
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

-- table shop_coupon_pushes on shop_coupon_pushes
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

-- table shop_customers on shop_customers
CREATE TABLE shop_customers (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 120),
    member_id INTEGER NOT NULL REFERENCES members(id),
    name TEXT,
    phone TEXT,
    accepts_marketing INTEGER CHECK (accepts_marketing IS NULL OR accepts_marketing IN (0, 1)),
    created_at INTEGER,
    imported_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table shop_sync on shop_sync
CREATE TABLE shop_sync (
    resource TEXT PRIMARY KEY CHECK (resource IN ('orders', 'customers')),
    since TEXT,
    page INTEGER NOT NULL DEFAULT 1 CHECK (page >= 1),
    next_url TEXT,
    run_since TEXT,
    applied INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table tiers on tiers
CREATE TABLE tiers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    threshold INTEGER NOT NULL UNIQUE CHECK (threshold >= 0),
    multiplier INTEGER NOT NULL DEFAULT 100 CHECK (multiplier >= 100)
) STRICT;

-- table users on users
CREATE TABLE users (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
    role TEXT NOT NULL CHECK (role = 'owner' OR role = 'staff' OR role = 'viewer'),
    added_at INTEGER NOT NULL,
    added_by TEXT NOT NULL
) STRICT;

-- table webhook_deliveries on webhook_deliveries
CREATE TABLE webhook_deliveries (
    delivery_id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    order_ref TEXT,
    received_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- trigger audit_log_is_append_only_delete on audit_log
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- trigger audit_log_is_append_only_update on audit_log
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
      AND NEW.member_id IS OLD.member_id AND OLD.member_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM members WHERE id = OLD.member_id AND erased_at IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- trigger coupon_state_one_way on coupons
CREATE TRIGGER coupon_state_one_way BEFORE UPDATE OF state ON coupons
WHEN OLD.state != NEW.state AND OLD.state != 'issued'
BEGIN SELECT RAISE(ABORT, 'a coupon that is used, voided or expired cannot change state again'); END;

-- trigger ledger_balance_chain on ledger
CREATE TRIGGER ledger_balance_chain BEFORE INSERT ON ledger
WHEN NEW.balance_after != (SELECT balance FROM members WHERE id = NEW.member_id) + NEW.delta
BEGIN SELECT RAISE(ABORT, 'ledger entry does not continue the member''s balance'); END;

-- trigger ledger_entry_has_its_moment on ledger
CREATE TRIGGER ledger_entry_has_its_moment BEFORE INSERT ON ledger WHEN NEW.occurred_at IS NULL
BEGIN SELECT RAISE(ABORT, 'a ledger entry needs the moment it happened (occurred_at)'); END;

-- trigger ledger_is_append_only_delete on ledger
CREATE TRIGGER ledger_is_append_only_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead'); END;

-- trigger ledger_is_append_only_update on ledger
CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger
WHEN NOT (NEW.id IS OLD.id AND NEW.member_id IS OLD.member_id AND NEW.kind IS OLD.kind AND NEW.delta IS OLD.delta
      AND NEW.balance_after IS OLD.balance_after AND NEW.actor IS OLD.actor AND NEW.created_at IS OLD.created_at
      AND NEW.occurred_at IS OLD.occurred_at
      AND (NEW.event_key IS OLD.event_key OR NEW.event_key LIKE 'redacted:%' AND OLD.event_key NOT LIKE 'redacted:%')
      AND NEW.rule_id IS OLD.rule_id AND NEW.reverses_id IS OLD.reverses_id
      AND NEW.lot_id IS OLD.lot_id AND NEW.expires_at IS OLD.expires_at
      AND EXISTS (SELECT 1 FROM ledger_redactions WHERE entry_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead'); END;

-- trigger ledger_keeps_totals on ledger
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

-- trigger lot_expiry_changes_are_append_only_delete on lot_expiry_changes
CREATE TRIGGER lot_expiry_changes_are_append_only_delete BEFORE DELETE ON lot_expiry_changes
BEGIN SELECT RAISE(ABORT, 'lot expiry changes are append-only: record a new change instead'); END;

-- trigger lot_expiry_changes_are_append_only_update on lot_expiry_changes
CREATE TRIGGER lot_expiry_changes_are_append_only_update BEFORE UPDATE ON lot_expiry_changes
BEGIN SELECT RAISE(ABORT, 'lot expiry changes are append-only: record a new change instead'); END;

-- trigger members_counted_on_change on members
CREATE TRIGGER members_counted_on_change AFTER UPDATE OF status, tier_id ON members
WHEN OLD.status != NEW.status OR OLD.tier_id != NEW.tier_id
BEGIN
    UPDATE member_counts SET count = count - 1 WHERE status = OLD.status AND tier_id = OLD.tier_id;
    INSERT OR IGNORE INTO member_counts(status, tier_id, count) VALUES (NEW.status, NEW.tier_id, 0);
    UPDATE member_counts SET count = count + 1 WHERE status = NEW.status AND tier_id = NEW.tier_id;
END;

-- trigger members_counted_on_insert on members
CREATE TRIGGER members_counted_on_insert AFTER INSERT ON members
BEGIN
    INSERT OR IGNORE INTO member_counts(status, tier_id, count) VALUES (NEW.status, NEW.tier_id, 0);
    UPDATE member_counts SET count = count + 1 WHERE status = NEW.status AND tier_id = NEW.tier_id;
END;

-- trigger members_get_a_page_token on members
CREATE TRIGGER members_get_a_page_token AFTER INSERT ON members WHEN NEW.page_token IS NULL
BEGIN UPDATE members SET page_token = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

-- trigger members_search_on_change on members
CREATE TRIGGER members_search_on_change AFTER UPDATE OF name, email ON members
WHEN OLD.name IS NOT NEW.name OR OLD.email IS NOT NEW.email
BEGIN
    INSERT INTO members_search(members_search, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
    INSERT INTO members_search(rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;

-- trigger members_search_on_delete on members
CREATE TRIGGER members_search_on_delete AFTER DELETE ON members
BEGIN
    INSERT INTO members_search(members_search, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
END;

-- trigger members_search_on_insert on members
CREATE TRIGGER members_search_on_insert AFTER INSERT ON members
BEGIN
    INSERT INTO members_search(rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;
