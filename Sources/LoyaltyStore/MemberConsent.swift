import LoyaltyCore

extension Transaction {
    /// Whether the member agreed to marketing e-mails (nil: not known).
    func acceptsMarketing(memberID: Int64) throws -> Bool? {
        try db.one("SELECT accepts_marketing FROM members WHERE id = ?", [memberID]) { $0.optionalInt(0).map { $0 != 0 } } ?? nil
    }

    /// Sets a member's marketing consent; true when it changed.
    @discardableResult
    func setAcceptsMarketing(memberID: Int64, _ consent: Bool?) throws -> Bool {
        try db.run("UPDATE members SET accepts_marketing = ? WHERE id = ? AND accepts_marketing IS NOT ?",
                   [consent.map { $0 ? 1 : 0 } as Int64?, memberID, consent.map { $0 ? 1 : 0 } as Int64?]) > 0
    }
}

extension Store {
    /// Changes a member's contact details and their marketing consent in one transaction, as
    /// `updateMember` does; each change that happened gets its audit line (`member.edit`,
    /// `member.marketing`). With `expected`, refused when the details are no longer what the person saw.
    public func updateMember(email: String, _ details: MemberDetails, acceptsMarketing: Bool, expected: MemberDetails? = nil) throws -> Member {
        try write(.membersAndPoints) { tx in
            let before = try tx.requireMember(email: email)
            var after = try tx.updateDetails(email: email, details, expected: expected)
            if after.details != before.details {
                try tx.audit("member.edit", after.email, from: before.details, to: after.details, memberID: after.id)
            }
            if try tx.setAcceptsMarketing(memberID: after.id, acceptsMarketing) {
                try tx.audit("member.marketing", after.email, before: "marketing: \(MarketingConsentWording.text(before.acceptsMarketing))",
                             after: "marketing: \(MarketingConsentWording.text(acceptsMarketing))", memberID: after.id)
                after = try tx.member(id: after.id)
            }
            return after
        }
    }
}
