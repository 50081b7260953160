import Foundation
import LoyaltyCore

/// What erasing a member changed.
public struct Erasure: Equatable, Sendable {
    public let memberID: Int64
    /// The anonymous name and e-mail the member row now carries.
    public let name: String
    public let email: String
    /// Ledger entries whose reason named the person and was rewritten.
    public let redactedEntries: Int
    /// Event keys that held their e-mail address, replaced by keyed hashes.
    public let redactedKeys: Int
    /// What the database's files may still hold of the person; set once the erasure is committed.
    public var files: ErasureFiles = .notChecked
}

extension Transaction {
    /// Removes a person's personal data and keeps their points history: name, e-mail, phone and
    /// birthday become "Erased member <id>" / "erased-<id>@invalid" / empty; every e-mail address
    /// they had is replaced in their recorded events, and event keys holding one (e.g. a newsletter
    /// sign-up keyed by the address) become `redacted:<keyed hash>` in the events and the ledger, so
    /// the same event sent again is still recognised. Texts that name them (their ledger reasons and
    /// the referral entry their first order earned the referrer, their audit lines) lose the details
    /// they had when each text was written, replaced by "[erased]", each ledger rewrite recorded in
    /// `ledger_redactions`: a name given after the text was written is never scrubbed from it.
    /// Balances, totals, lots, coupons and orders stay as they are, so `check` passes as before.
    /// Their e-mails in the outbox are deleted, and so is what customer imports kept of their name and
    /// phone (the shop's id stays, so a later export does not add them again); the member search index
    /// is merged so no piece of the old name or e-mail is left in it. Irreversible.
    func erase(email: String) throws -> Erasure {
        let member = try requireMember(email: email)
        if let erased = try erasedAt(memberID: member.id) {
            throw LoyaltyError.member(.alreadyErased(id: member.id, moment: erased))
        }
        return try erase(member)
    }

    func erase(_ member: Member) throws -> Erasure {
        let anonymousName = "Erased member \(member.id)", anonymousEmail = "erased-\(member.id)@invalid"
        let history = try detailsHistory(of: member)
        var entries = try db.all("SELECT id, reason, created_at FROM ledger WHERE member_id = ?", [member.id]) { ($0.int(0), $0.text(1), $0.int(2)) }
        entries += try db.all("SELECT id, reason, created_at FROM ledger WHERE event_key = ?", ["referral:\(member.id)"]) { ($0.int(0), $0.text(1), $0.int(2)) }
        var redacted = 0
        for (id, reason, writtenAt) in entries {
            let cleaned = Self.redact(reason, words: history.words(at: writtenAt))
            guard cleaned != reason else { continue }
            try db.run("INSERT OR IGNORE INTO ledger_redactions(entry_id, redacted_at, actor) VALUES (?, ?, ?)", [id, nowSeconds, actor])
            try db.run("UPDATE ledger SET reason = ? WHERE id = ?", [cleaned, id])
            redacted += 1
        }
        let emails = history.emails
        let keys = try redactEvents(memberID: member.id, where: { key in emails.contains { key.lowercased().contains($0) } }) { payload in
            emails.reduce(payload) { $0.replacingOccurrences(of: "email=" + $1, with: "email=" + anonymousEmail) }
        }
        try db.run("DELETE FROM outbox WHERE member_id = ?", [member.id])
        try db.run("UPDATE shop_customers SET name = NULL, phone = NULL WHERE member_id = ?", [member.id])
        try db.run("UPDATE members SET name = ?, email = ?, phone = NULL, birthday = NULL, erased_at = ? WHERE id = ?",
                   [anonymousName, anonymousEmail, nowSeconds, member.id])
        try db.execute(optimizeMemberSearch)
        try redactAudit(memberID: member.id, wordsAt: history.words(at:), anonymousSubject: anonymousEmail)
        try audit("member.erase", anonymousEmail, after: "personal data erased; \(redacted) ledger reasons and \(keys) event keys redacted", memberID: member.id)
        return Erasure(memberID: member.id, name: anonymousName, email: anonymousEmail, redactedEntries: redacted, redactedKeys: keys)
    }

    /// The texts that identify a person in free text: e-mail, phone, full name, and each word of the
    /// name of three or more letters (shorter ones would match everywhere).
    static func identifyingWords(_ details: MemberDetails) -> [String] {
        var words = [details.email, details.phone ?? "", details.name]
        words += details.name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0.count >= 3 }
        return words.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every identifying word replaced by "[erased]" (any letter case).
    static func redact(_ text: String, words: [String]) -> String {
        words.reduce(text) { $0.replacingOccurrences(of: $1, with: "[erased]", options: [.caseInsensitive]) }
    }
}

extension Store {
    /// Erases a person's personal data and keeps their ledger under an anonymous id (see
    /// `Transaction.erase(email:)`), then empties the write-ahead log into the database file so the
    /// old pages are overwritten there, and says what, if anything, the files still hold (`files`).
    public func erase(email: String) throws -> Erasure {
        var erasure = try write(.programme) { try $0.erase(email: email) }
        erasure.files = try checkpointAfterErasure()
        return erasure
    }
}
