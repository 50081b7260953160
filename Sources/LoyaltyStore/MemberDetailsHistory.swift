import LoyaltyCore

/// The details a member has had, each with the moment they started to hold them, rebuilt from their
/// current details and the audit log's `member.edit` lines (which record the fields that changed).
struct MemberDetailsHistory {
    /// Oldest first; the first holds since always (`Int64.min`).
    let versions: [(since: Int64, details: MemberDetails)]

    /// The identifying words of every version held at or before `moment`: what a text written then
    /// could name. A name chosen later is never among them, so renaming a member before erasing them
    /// cannot make erasure scrub the new name's words from texts written before.
    func words(at moment: Int64) -> [String] {
        versions.filter { $0.since <= moment }.flatMap { Transaction.identifyingWords($0.details) }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted { $0.count > $1.count }
    }

    /// Every e-mail address the member has had.
    var emails: [String] {
        versions.map { $0.details.email.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }
}

extension Transaction {
    /// The member's details over time; see `MemberDetailsHistory`.
    func detailsHistory(of member: Member) throws -> MemberDetailsHistory {
        let edits = try db.all("SELECT at, before FROM audit_log WHERE member_id = ? AND action = 'member.edit' ORDER BY id", [member.id]) {
            (at: $0.int(0), before: Self.auditFields($0.text(1)))
        }
        var versions: [(since: Int64, details: MemberDetails)] = []
        var details = member.details
        for edit in edits.reversed() {
            versions.insert((edit.at, details), at: 0)
            if let name = edit.before["name"] { details.name = name }
            if let email = edit.before["email"] { details.email = email }
            if let phone = edit.before["phone"] { details.phone = phone == "none" ? nil : phone }
            if let birthday = edit.before["birthday"] { details.birthday = birthday == "none" ? nil : birthday }
        }
        versions.insert((Int64.min, details), at: 0)
        return MemberDetailsHistory(versions: versions)
    }

    /// "name: Zoë; email: zoe@example.com" as a dictionary.
    private static func auditFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for part in text.components(separatedBy: "; ") {
            guard let colon = part.range(of: ": ") else { continue }
            fields[String(part[..<colon.lowerBound])] = String(part[colon.upperBound...])
        }
        return fields
    }
}
