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
}

extension Transaction {
    /// Removes a person's personal data and keeps their points history: name, e-mail, phone and
    /// birthday become "Erased member <id>" / "erased-<id>@invalid" / empty (the names and e-mails
    /// they had before, as the audit log recorded them, are treated the same); the e-mail address in
    /// their recorded events is replaced; ledger reasons that name them (their own entries, and the
    /// referral entry their first order earned the referrer) have those words replaced by "[erased]",
    /// each recorded in `ledger_redactions`. Balances, totals, lots, coupons and orders stay as they
    /// are, so `check` passes as before. Their e-mails in the outbox (address, name, body) are deleted.
    /// The member search index is merged, so no piece of the old name or e-mail is left in it.
    /// Irreversible.
    func erase(email: String) throws -> Erasure {
        let member = try requireMember(email: email)
        if let erased = try erasedAt(memberID: member.id) {
            throw LoyaltyError.refused("member \(member.id) was already erased on \(erased); nothing was changed")
        }
        let anonymousName = "Erased member \(member.id)", anonymousEmail = "erased-\(member.id)@invalid"
        let words = try ([member.details] + formerDetails(memberID: member.id)).flatMap(Self.identifyingWords)
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted { $0.count > $1.count }
        var entries = try db.all("SELECT id, reason FROM ledger WHERE member_id = ?", [member.id]) { ($0.int(0), $0.text(1)) }
        entries += try db.all("SELECT id, reason FROM ledger WHERE event_key = ?", ["referral:\(member.id)"]) { ($0.int(0), $0.text(1)) }
        var redacted = 0
        for (id, reason) in entries {
            let cleaned = Self.redact(reason, words: words)
            guard cleaned != reason else { continue }
            try db.run("INSERT OR IGNORE INTO ledger_redactions(entry_id, redacted_at, actor) VALUES (?, ?, ?)", [id, nowSeconds, actor])
            try db.run("UPDATE ledger SET reason = ? WHERE id = ?", [cleaned, id])
            redacted += 1
        }
        try db.run("UPDATE events SET payload = replace(payload, ?, ?) WHERE member_id = ?",
                   ["email=" + member.email.trimmingWhitespace().lowercased(), "email=" + anonymousEmail, member.id])
        try db.run("DELETE FROM outbox WHERE member_id = ?", [member.id])
        try db.run("UPDATE members SET name = ?, email = ?, phone = NULL, birthday = NULL, erased_at = ? WHERE id = ?",
                   [anonymousName, anonymousEmail, nowSeconds, member.id])
        try db.execute(optimizeMemberSearch)
        try redactAudit(memberID: member.id, words: words, anonymousSubject: anonymousEmail)
        try audit("member.erase", anonymousEmail, after: "personal data erased; \(redacted) ledger reasons redacted", memberID: member.id)
        return Erasure(memberID: member.id, name: anonymousName, email: anonymousEmail, redactedEntries: redacted)
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
    /// Erases a person's personal data and keeps their ledger under an anonymous id; see `Transaction.erase(email:)`.
    public func erase(email: String) throws -> Erasure { try write(.programme) { try $0.erase(email: email) } }
}
