import Foundation
import LoyaltyCore

extension Transaction {
    /// Appends one line to the audit log, in the same transaction as the change it describes.
    func audit(_ action: String, _ subject: String, before: String = "", after: String = "", reason: String = "", memberID: Int64? = nil) throws {
        try db.run("INSERT INTO audit_log(at, actor, action, subject, before, after, reason, member_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [nowSeconds, actor, action, subject, before, after, reason, memberID])
    }

    /// Audits a change of an object from `before` to `after` (either absent when added or deleted),
    /// recording only the fields that changed.
    func audit(_ action: String, _ subject: String, from before: (any AuditDescribable)?, to after: (any AuditDescribable)?,
               reason: String = "", memberID: Int64? = nil) throws {
        let difference = auditDifference(before: before?.auditFields, after: after?.auditFields)
        try audit(action, subject, before: difference.before, after: difference.after, reason: reason, memberID: memberID)
    }

    /// Removes a member's personal data from the audit lines about them (allowed by the log's
    /// trigger only once the member is erased): the subject becomes the anonymous e-mail, the
    /// before and after of detail edits become "[erased]", and elsewhere the identifying words
    /// `wordsAt` gives for the moment the line was written.
    func redactAudit(memberID: Int64, wordsAt: (Int64) -> [String], anonymousSubject: String) throws {
        let lines = try db.all("SELECT id, action, before, after, reason, at FROM audit_log WHERE member_id = ?", [memberID]) {
            ($0.int(0), $0.text(1), $0.text(2), $0.text(3), $0.text(4), $0.int(5))
        }
        for (id, action, before, after, reason, at) in lines {
            let details = action == "member.edit", words = wordsAt(at)
            try db.run("UPDATE audit_log SET subject = ?, before = ?, after = ?, reason = ? WHERE id = ?",
                       [anonymousSubject, details ? "[erased]" : Self.redact(before, words: words),
                        details ? "[erased]" : Self.redact(after, words: words), Self.redact(reason, words: words), id])
        }
    }

    /// Audit lines, newest first, older than `beforeID` when given, optionally by one actor.
    public func auditEntries(beforeID: Int64? = nil, actor: String? = nil, limit: Int) throws -> [AuditEntry] {
        try db.all("""
            SELECT id, at, actor, action, subject, before, after, reason FROM audit_log
            WHERE (?1 IS NULL OR id < ?1) AND (?2 IS NULL OR actor = ?2) ORDER BY id DESC LIMIT ?3
            """, [beforeID, actor, Int64(limit)]) {
            AuditEntry(id: $0.int(0), at: Date(unixSeconds: $0.int(1)), actor: $0.text(2), action: $0.text(3), subject: $0.text(4),
                       before: $0.text(5), after: $0.text(6), reason: $0.text(7))
        }
    }
}

extension Store {
    /// The audit log, newest first: `limit` lines older than `beforeID` (for paging), optionally by one actor.
    public func auditEntries(beforeID: Int64? = nil, actor: String? = nil, limit: Int = 100) throws -> [AuditEntry] {
        try read { try $0.auditEntries(beforeID: beforeID, actor: actor, limit: limit) }
    }
}
