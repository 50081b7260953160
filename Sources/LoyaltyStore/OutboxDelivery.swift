import Foundation
import LoyaltyCore

/// When a message the mail command refused is tried again: after `firstDelay` seconds, then twice
/// as long after each further failure, until `maxAttempts` tries were made. A message that reached
/// the limit stays `failed` until someone puts it back with `loyalty mail retry ID`.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var firstDelay: Int64
    /// True to try failed messages again at once (still within `maxAttempts`).
    public var ignoreBackoff: Bool

    public init(maxAttempts: Int = 5, firstDelay: Int64 = 300, ignoreBackoff: Bool = false) {
        self.maxAttempts = maxAttempts
        self.firstDelay = firstDelay
        self.ignoreBackoff = ignoreBackoff
    }

    public static let standard = RetryPolicy()
}

/// How many messages the outbox holds in each status.
public struct OutboxCounts: Sendable, Equatable {
    public var queued: Int64 = 0
    public var sending: Int64 = 0
    public var sent: Int64 = 0
    public var failed: Int64 = 0
    public var held: Int64 = 0

    public init(queued: Int64 = 0, sending: Int64 = 0, sent: Int64 = 0, failed: Int64 = 0, held: Int64 = 0) {
        self.queued = queued
        self.sending = sending
        self.sent = sent
        self.failed = failed
        self.held = held
    }
}

extension Transaction {
    static let outboxColumns = """
        id, trigger, event_key, member_id, to_name, to_address, subject, body, status, attempts, last_error, created_at, attempted_at, sent_at,
        held_because
        """

    static func outboxMessage(from row: Row) -> OutboxMessage {
        OutboxMessage(id: row.int(0), trigger: EmailTrigger(rawValue: row.text(1)) ?? .welcome, eventKey: row.text(2), memberID: row.optionalInt(3),
                      toName: row.text(4), toAddress: row.text(5), subject: row.text(6), body: row.text(7),
                      status: OutboxStatus(rawValue: row.text(8)) ?? .failed, attempts: Int(row.int(9)), lastError: row.optionalText(10),
                      created: Date(unixSeconds: row.int(11)), attempted: row.optionalInt(12).map(Date.init(unixSeconds:)),
                      sent: row.optionalInt(13).map(Date.init(unixSeconds:)), heldBecause: row.optionalText(14).flatMap(MailHold.init(rawValue:)))
    }

    /// The newest messages first (the oldest first with `oldestFirst`), optionally only those in `status` or for one member.
    public func outbox(status: OutboxStatus? = nil, memberID: Int64? = nil, limit: Int, oldestFirst: Bool = false) throws -> [OutboxMessage] {
        try db.all("""
            SELECT \(Transaction.outboxColumns) FROM outbox
            WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR member_id = ?2) ORDER BY id \(oldestFirst ? "ASC" : "DESC") LIMIT ?3
            """, [status?.rawValue, memberID, limit], Transaction.outboxMessage(from:))
    }

    public func outboxMessage(id: Int64) throws -> OutboxMessage {
        guard let message = try db.one("SELECT \(Transaction.outboxColumns) FROM outbox WHERE id = ?", [id], Transaction.outboxMessage(from:)) else {
            throw LoyaltyError.mail(.noSuchMessage(id))
        }
        return message
    }

    public func outboxCounts() throws -> OutboxCounts {
        var counts = OutboxCounts()
        try db.query("SELECT status, count(*) FROM outbox GROUP BY status") { row in
            switch OutboxStatus(rawValue: row.text(0)) {
            case .queued: counts.queued = row.int(1)
            case .sending: counts.sending = row.int(1)
            case .sent: counts.sent = row.int(1)
            case .failed: counts.failed = row.int(1)
            case .held: counts.held = row.int(1)
            case nil: break
            }
        }
        return counts
    }

    /// Takes the next message due after `lastID` (queued, or failed and past its backoff) and marks it
    /// `sending`, so no other run can take it. Nil when nothing is due.
    func claimNextMessage(after lastID: Int64, policy: RetryPolicy) throws -> OutboxMessage? {
        guard let id = try db.one("""
            SELECT id FROM outbox WHERE id > ?1 AND (status = 'queued'
                OR (status = 'failed' AND attempts < ?2 AND attempted_at + (?3 << (attempts - 1)) <= ?4))
            ORDER BY id LIMIT 1
            """, [lastID, policy.maxAttempts, policy.ignoreBackoff ? 0 : policy.firstDelay, nowSeconds], { $0.int(0) }) else { return nil }
        try db.run("UPDATE outbox SET status = 'sending', attempts = attempts + 1, attempted_at = ? WHERE id = ?", [nowSeconds, id])
        return try outboxMessage(id: id)
    }
}

extension Store {
    /// The newest messages first, optionally only those in `status` or for one member.
    public func outbox(status: OutboxStatus? = nil, memberID: Int64? = nil, limit: Int = 100, oldestFirst: Bool = false) throws -> [OutboxMessage] {
        try read { try $0.outbox(status: status, memberID: memberID, limit: limit, oldestFirst: oldestFirst) }
    }

    public func outboxMessage(id: Int64) throws -> OutboxMessage { try read { try $0.outboxMessage(id: id) } }

    public func outboxCounts() throws -> OutboxCounts { try read { try $0.outboxCounts() } }

    /// Claims the next message due for delivery (committed before the mail command runs).
    public func claimNextMessage(after lastID: Int64, policy: RetryPolicy = .standard) throws -> OutboxMessage? {
        try write(.programme) { try $0.claimNextMessage(after: lastID, policy: policy) }
    }

    /// Records that the mail command accepted a message.
    public func markSent(id: Int64) throws {
        _ = try write(.programme) { tx in
            try tx.db.run("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'sending'", [tx.nowSeconds, id])
        }
    }

    /// Records that the mail command refused a message, with what it said; it is tried again later.
    public func markFailed(id: Int64, error: String) throws {
        _ = try write(.programme) { tx in
            try tx.db.run("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'", [error, id])
        }
    }

    /// Puts a message that is `sending` (left by an interrupted run) or `failed` back in the queue, by hand:
    /// for a `sending` one, only after checking the mail log that it did not go out.
    public func requeueMessage(id: Int64) throws -> OutboxMessage {
        try write(.programme) { tx in
            let message = try tx.outboxMessage(id: id)
            guard message.status == .sending || message.status == .failed || message.status == .held else {
                throw LoyaltyError.mail(.cannotQueueAgain(id: id, status: message.status.rawValue))
            }
            try tx.db.run("UPDATE outbox SET status = 'queued', held_because = NULL WHERE id = ?", [id])
            return try tx.outboxMessage(id: id)
        }
    }
}
