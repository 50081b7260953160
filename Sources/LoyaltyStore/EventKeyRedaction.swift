import Foundation
import LoyaltyCore

/// An event as stored under its key, for recognising the same key when it comes again.
struct StoredEvent {
    let memberID: Int64
    let payload: String
    let awarded: Points
    let outcome: String
    /// The member was erased: the e-mail in `payload` is their anonymous one.
    let memberErased: Bool

    /// True when `payload` (an event arriving again) is what was stored. For an erased member the
    /// stored e-mail is the anonymous one, so only the rest (amount, action) is compared: the same
    /// order exported again after the person was erased is still the same order.
    func matches(_ payload: String) -> Bool {
        guard payload != self.payload else { return true }
        guard memberErased, payload.hasPrefix("email="), self.payload.hasPrefix("email=") else { return false }
        return payload.drop { $0 != ";" } == self.payload.drop { $0 != ";" }
    }
}

extension Transaction {
    /// The event stored under `key`, or under its redacted form when it held an e-mail address that
    /// erasure replaced (see `redactedKey`).
    func storedEvent(key: String) throws -> StoredEvent? {
        func find(_ key: String) throws -> StoredEvent? {
            try db.one("""
                SELECT e.member_id, e.payload, e.awarded, e.outcome, m.erased_at IS NOT NULL FROM events e JOIN members m ON m.id = e.member_id
                WHERE e.key = ?
                """, [key]) { StoredEvent(memberID: $0.int(0), payload: $0.text(1), awarded: $0.int(2), outcome: $0.text(3), memberErased: $0.bool(4)) }
        }
        if let event = try find(key) { return event }
        return key.contains("@") ? try find(try redactedKey(key)) : nil
    }

    /// `redacted:` and the HMAC-SHA-256 of `key` under the database's own secret (`program.key_secret`):
    /// the same key always gives the same value, which does not say what the key was. Whoever holds
    /// the database can still test a guessed key, as they could by recording the event again.
    func redactedKey(_ key: String) throws -> String {
        let hex = try db.one("SELECT hex(key_secret) FROM program WHERE id = 1") { $0.optionalText(0) } ?? nil
        guard let hex, hex.count == 64 else { throw LoyaltyError.database(.noKeySecret) }
        let secret = stride(from: 0, to: hex.count, by: 2).map { offset -> UInt8 in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
        return "redacted:" + KeyedHash.hex(key, key: secret)
    }

    /// Replaces, by their redacted keys, the keys of the member's recorded events and ledger entries
    /// for which `holdsPersonalData` is true (each ledger entry so changed is recorded in
    /// `ledger_redactions` first, which the ledger's trigger requires), and each event's payload by
    /// `cleanPayload` of it. Returns how many keys changed. (Events have no index by member: one
    /// pass over them, then each change by key.)
    func redactEvents(memberID: Int64, where holdsPersonalData: (String) -> Bool, cleanPayload: (String) -> String = { $0 }) throws -> Int {
        var redacted = Set<String>()
        let events = try db.all("SELECT key, payload FROM events WHERE member_id = ?", [memberID]) { ($0.text(0), $0.text(1)) }
        for (key, payload) in events {
            let newKey = holdsPersonalData(key) ? try redactedKey(key) : key, newPayload = cleanPayload(payload)
            guard newKey != key || newPayload != payload else { continue }
            try db.run("UPDATE events SET key = ?, payload = ? WHERE key = ?", [newKey, newPayload, key])
            if newKey != key { redacted.insert(key) }
        }
        let entries = try db.all("SELECT id, event_key FROM ledger WHERE member_id = ? AND event_key IS NOT NULL", [memberID]) { ($0.int(0), $0.text(1)) }
        for (id, key) in entries where !key.hasPrefix("redacted:") && holdsPersonalData(key) {
            try db.run("INSERT OR IGNORE INTO ledger_redactions(entry_id, redacted_at, actor) VALUES (?, ?, ?)", [id, nowSeconds, actor])
            try db.run("UPDATE ledger SET event_key = ? WHERE id = ?", [try redactedKey(key), id])
            redacted.insert(key)
        }
        return redacted.count
    }

    /// Redacts the event keys holding an e-mail address (`@`) of every member erased before
    /// erasure redacted keys (schema 6): their e-mail is gone, so any address in their keys is taken as theirs.
    func redactEventKeysOfEarlierErasures() throws {
        for memberID in try db.all("SELECT id FROM members WHERE erased_at IS NOT NULL", [], { $0.int(0) }) {
            _ = try redactEvents(memberID: memberID) { $0.contains("@") }
        }
    }
}
