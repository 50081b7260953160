/// The demo's insert statements, prepared once for a million members.
struct DemoStatements {
    let member: Statement
    let entry: Statement
    let lot: Statement
    let event: Statement
    let order: Statement
    let coupon: Statement
    let email: Statement

    init(_ db: Connection) throws {
        member = try db.statement("""
            INSERT INTO members(id, name, email, phone, birthday, status, referral_code, tier_id, balance, earned_total, redeemed_total, joined_at, last_activity_at,
                page_token)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))))
            """)
        entry = try db.statement("""
            INSERT INTO ledger(id, member_id, kind, delta, balance_after, reason, actor, created_at, occurred_at, event_key, rule_id, reverses_id,
                lot_id, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        lot = try db.statement("INSERT INTO lots(entry_id, member_id, amount, remaining, expires_at) VALUES (?, ?, ?, ?, ?)")
        event = try db.statement("INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        order = try db.statement("INSERT INTO orders(ref, member_id, paid, earned_entry_id, earned, refunded, reversed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        coupon = try db.statement("""
            INSERT INTO coupons(code, member_id, reward_id, reward_name, description, discount_type, discount_value, sku, min_subtotal, points,
                redeem_entry_id, order_ref, state, issued_at, state_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        email = try db.statement("""
            INSERT INTO outbox(trigger, event_key, member_id, to_name, to_address, subject, body, status, attempts, created_at, attempted_at, sent_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', 1, ?, ?, ?)
            """)
    }
}
