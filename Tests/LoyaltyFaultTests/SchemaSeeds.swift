/// Representative data written with the SQL of an earlier schema, keyed by the schema version
/// the SQL first works at. A database at version k gets every seed of a version ≤ k, in order,
/// before the current `Store` opens (and migrates) it. Values are chosen so that `check` passes:
/// the balance chain, lots, running totals (kept by triggers) and coupons agree.
///
/// To cover a new schema version N: nothing is needed (its migration runs on every older
/// database); to put data in what N added (a new table, a new column), add `N: "SQL"` here and,
/// in `MigrationTests.assertSeedIsIntact`, what must still be true of it after the migrations
/// that follow. Never change an existing seed: it is what a database of that version held.
enum SchemaSeeds {
    /// 2025-01-01 and 2025-01-02, 00:00 UTC.
    static let day1: Int64 = 1_735_689_600, day2: Int64 = 1_735_776_000

    static let byVersion: [Int64: String] = [
        // A launched programme; Zoë earned 400 Stars on order 1042 and spent 100 on a coupon;
        // the visitor 山田 太郎 was given 50.
        1: """
        UPDATE program SET name = 'Café Zoë', points_name = 'Stars', status = 'active', launched_at = \(day1), updated_at = \(day1);
        INSERT INTO earning_rules(id, kind, name, points, per_minor, active, created_at) VALUES (1, 'order', 'Place an order', 10, 100, 1, \(day1));
        INSERT INTO rewards(id, name, kind, cost, discount_type, discount_value, active, created_at) VALUES (1, '€5 off', 'fixed', 100, 'amount_off', 500, 1, \(day1));
        INSERT INTO members(id, name, email, status, referral_code, tier_id, joined_at) VALUES
            (1, 'Zoë Jansen', 'zoe@example.com', 'member', 'ZOEREF01', 1, \(day1)),
            (2, '山田 太郎', 'yamada@example.jp', 'visitor', 'YAMADA02', 1, \(day1));
        INSERT INTO ledger(id, member_id, kind, delta, balance_after, reason, actor, created_at, event_key, rule_id)
            VALUES (1, 1, 'earn', 400, 400, 'Order 1042 (40.00 EUR)', 'seed', \(day1), 'order:1042', 1);
        INSERT INTO lots(entry_id, member_id, amount, remaining) VALUES (1, 1, 400, 300);
        INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at)
            VALUES ('order:1042', 'order', 1, 'email=zoe@example.com;amount=4000 EUR;action=-', 400, 'earned 400 Stars', 1, \(day1));
        INSERT INTO orders(ref, member_id, paid, earned_entry_id, earned, created_at) VALUES ('1042', 1, 4000, 1, 400, \(day1));
        INSERT INTO ledger(id, member_id, kind, delta, balance_after, reason, actor, created_at) VALUES (2, 1, 'redeem', -100, 300, 'Redeemed €5 off', 'seed', \(day2));
        INSERT INTO coupons(code, member_id, reward_id, reward_name, description, discount_type, discount_value, points, redeem_entry_id, issued_at)
            VALUES ('K7M2QXPAHR4T', 1, 1, '€5 off', '5.00 EUR off', 'amount_off', 500, 100, 2, \(day2));
        INSERT INTO ledger(id, member_id, kind, delta, balance_after, reason, actor, created_at) VALUES (3, 2, 'give', 50, 50, 'Welcome gift', 'seed', \(day2));
        INSERT INTO lots(entry_id, member_id, amount, remaining) VALUES (3, 2, 50, 50);
        """,
        // The coupon e-mail waiting in the outbox.
        2: """
        INSERT INTO outbox(trigger, event_key, member_id, to_name, to_address, subject, body, created_at)
            VALUES ('coupon_issued', 'coupon:K7M2QXPAHR4T', 1, 'Zoë Jansen', 'zoe@example.com', 'Your coupon', 'Use K7M2QXPAHR4T at the till', \(day2));
        """,
        // A member whose data was erased on request.
        3: """
        INSERT INTO members(id, name, email, status, referral_code, tier_id, joined_at, erased_at)
            VALUES (3, 'Erased member 3', 'erased-3@invalid', 'member', 'ERASED03', 1, \(day1), \(day2));
        """,
        // Zoë came from the shop's customer export and agreed to marketing; 山田 太郎 opted out.
        8: """
        UPDATE members SET accepts_marketing = 1 WHERE id = 1;
        UPDATE members SET accepts_marketing = 0 WHERE id = 2;
        INSERT INTO shop_customers(key, member_id, name, phone, accepts_marketing, created_at, imported_at)
            VALUES ('shopify:7001', 1, 'Zoë Jansen', '+31 6 1234 5678', 1, \(day1), \(day2));
        """,
    ]
}
