/// The import's second yardstick: the `sqlite3` tool writing the rows an import of the bench's orders
/// writes — a ledger entry (through the ledger's own triggers, which keep balances and totals), a lot,
/// an idempotency event and an order for each, a visitor for each new e-mail, each member's tier from
/// the points in the window — as a few set-based statements in member order, in one transaction, on a
/// copy of the same database. No rules are applied (the points are the CSV's, refunds are left out):
/// it is what SQLite itself needs for these writes to this schema, the floor for any way of
/// importing into it.
enum SameWritesScript {
    /// The script for the bench's CSV (`ref,email,name,subtotal,points,created_at`).
    static func sql(csv: String) -> String {
        """
        PRAGMA cache_size = -262144;
        PRAGMA temp_store = MEMORY;
        BEGIN;
        CREATE TEMP TABLE staged(ref TEXT, email TEXT, name TEXT, subtotal INTEGER, points INTEGER, created_at INTEGER);
        .import --csv \(csv) staged
        CREATE TEMP TABLE before AS SELECT max(id) AS ledger FROM ledger;
        DELETE FROM staged WHERE EXISTS (SELECT 1 FROM events e WHERE e.key = 'order:' || staged.ref);
        INSERT INTO members(name, email, status, referral_code, tier_id, joined_at, page_token)
          SELECT name, email, 'visitor', 'V' || substr(ref, 5), (SELECT id FROM tiers WHERE threshold = 0), created_at, lower(hex(randomblob(16)))
          FROM staged s
          WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.email = s.email) GROUP BY lower(email) ORDER BY min(s.rowid);
        CREATE TEMP TABLE resolved AS
          SELECT s.rowid AS line, s.ref, s.subtotal, s.points, s.created_at, m.id AS member_id,
                 m.balance + sum(s.points) OVER (PARTITION BY m.id ORDER BY s.rowid) AS balance_after
          FROM staged s JOIN members m ON m.email = s.email ORDER BY m.id, s.rowid;
        INSERT INTO ledger(member_id, kind, delta, balance_after, reason, actor, created_at, occurred_at, event_key, rule_id)
          SELECT member_id, 'earn', points, balance_after, 'Order ' || substr(ref, 5) || ' (' || (subtotal / 100) || '.' || printf('%02d', subtotal % 100) || ' EUR)',
                 'bench', created_at, created_at, 'order:' || ref, (SELECT id FROM earning_rules WHERE kind = 'order') FROM resolved ORDER BY member_id, line;
        INSERT INTO lots(entry_id, member_id, amount, remaining)
          SELECT id, member_id, delta, delta FROM ledger WHERE id > (SELECT ledger FROM before);
        INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at)
          SELECT event_key, 'order', member_id, 'amount=' || delta, delta, 'earned ' || delta || ' Points', id, created_at
          FROM ledger WHERE id > (SELECT ledger FROM before);
        INSERT INTO orders(ref, member_id, paid, earned_entry_id, earned, created_at)
          SELECT substr(event_key, 7), member_id, delta * 10, id, delta, created_at FROM ledger WHERE id > (SELECT ledger FROM before);
        UPDATE members SET tier_id = (SELECT t.id FROM tiers t WHERE t.threshold <= (SELECT coalesce(sum(e.delta), 0) FROM ledger e
                WHERE e.member_id = members.id AND e.occurred_at >= CAST(strftime('%s', 'now', '-12 months') AS INTEGER)
                  AND e.kind IN ('earn', 'give')) ORDER BY t.threshold DESC LIMIT 1)
          WHERE id IN (SELECT DISTINCT member_id FROM resolved);
        COMMIT;
        """
    }
}
