import Foundation
import LoyaltyCore

extension Transaction {
    static let memberColumns = """
        m.id, m.name, m.email, m.phone, m.birthday, m.status, m.tier_id, t.name, m.balance, m.earned_total, m.redeemed_total,
        m.referral_code, m.referred_by, m.joined_at, m.last_activity_at, m.page_token, m.accepts_marketing
        """
    static let memberFrom = "members m JOIN tiers t ON t.id = m.tier_id"

    static func member(from row: Row) -> Member {
        Member(id: row.int(0), details: MemberDetails(name: row.text(1), email: row.text(2), phone: row.optionalText(3), birthday: row.optionalText(4)),
               status: MemberStatus(rawValue: row.text(5)) ?? .visitor, tierID: row.int(6), tierName: row.text(7), balance: row.int(8),
               earnedTotal: row.int(9), redeemedTotal: row.int(10), referralCode: row.text(11), referredBy: row.optionalInt(12),
               joined: Date(unixSeconds: row.int(13)), lastActivity: row.optionalInt(14).map(Date.init(unixSeconds:)),
               pageToken: row.optionalText(15) ?? "", acceptsMarketing: row.optionalInt(16).map { $0 != 0 })
    }

    public func member(id: Int64) throws -> Member {
        guard let member = try db.one("SELECT \(Transaction.memberColumns) FROM \(Transaction.memberFrom) WHERE m.id = ?", [id], Transaction.member(from:)) else {
            throw LoyaltyError.member(.noSuchID(id))
        }
        return member
    }

    /// The member with this e-mail address (any letter case), or nil.
    public func member(email: String) throws -> Member? {
        try db.one("SELECT \(Transaction.memberColumns) FROM \(Transaction.memberFrom) WHERE m.email = ?", [email.trimmingWhitespace()], Transaction.member(from:))
    }

    func requireMember(email: String) throws -> Member {
        guard let member = try member(email: email) else {
            throw LoyaltyError.member(.noSuchEmail(email))
        }
        return member
    }

    private func newReferralCode() throws -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let code = ReferralCode.generate(using: &generator)
            if try db.scalar("SELECT count(*) FROM members WHERE referral_code = ?", [code]) == 0 { return code }
        }
    }

    /// Adds a person; a `member` is awarded the sign-up points at once.
    func addMember(_ details: MemberDetails, status: MemberStatus, referralCode: String? = nil) throws -> Member {
        let checked = try details.validated()
        if try member(email: checked.email) != nil {
            throw LoyaltyError.member(.alreadyInProgramme(email: checked.email))
        }
        var referrer: Int64?
        if let code = referralCode {
            guard let id = try db.one("SELECT id FROM members WHERE referral_code = ?", [CouponCode.normalize(code)], { $0.int(0) }) else {
                throw LoyaltyError.member(.noSuchReferralCode(code))
            }
            referrer = id
        }
        let id = try insertMember(checked, status: status, referrer: referrer, baseTierID: try baseTierID())
        if status == .member { try join(memberID: id) }
        return try member(id: id)
    }

    /// Inserts a person whose details are checked and whose e-mail is new, in the base tier; returns their id.
    private func insertMember(_ checked: MemberDetails, status: MemberStatus, referrer: Int64?, baseTierID: Int64) throws -> Int64 {
        try db.run("""
            INSERT INTO members(name, email, phone, birthday, status, referral_code, referred_by, tier_id, joined_at, page_token)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))))
            """, [checked.name, checked.email, checked.phone, checked.birthday, status.rawValue, try newReferralCode(), referrer, baseTierID, nowSeconds])
        return db.lastInsertRowID
    }

    /// The person with this e-mail, added as a visitor when unknown (anyone can earn). An import passes
    /// the people it has `known` so far.
    func memberCreatingVisitor(email: String, name: String?, programme: ProgramSnapshot, known: KnownMembers? = nil) throws -> EarningMember {
        let checked = try MemberDetails.validateEmail(email)
        if let member = known?.member(email: checked) { return member }
        let member = try db.one("SELECT id, referred_by FROM members WHERE email = ?", [checked]) { EarningMember(id: $0.int(0), referredBy: $0.optionalInt(1)) }
            ?? EarningMember(id: try insertMember(try MemberDetails(name: name ?? "", email: checked).validated(), status: .visitor, referrer: nil,
                                                  baseTierID: try programme.baseTierID()), referredBy: nil)
        known?.remember(member, email: checked)
        return member
    }

    /// Changes a member's status; becoming a member earns the sign-up points and the welcome e-mail,
    /// both only the first time, the points as signed up at `signedUp` (now when nil).
    func setStatus(email: String, _ status: MemberStatus, signedUp: Date? = nil) throws -> Member {
        let member = try requireMember(email: email)
        guard member.status != status else { return member }
        try db.run("UPDATE members SET status = ? WHERE id = ?", [status.rawValue, member.id])
        if status == .member { try join(memberID: member.id, signedUp: signedUp) }
        return try self.member(id: member.id)
    }

    /// A person becoming a member: the sign-up event (its points) is recorded once per person, and
    /// the welcome e-mail goes only with that first joining, never to someone who was a member before.
    private func join(memberID: Int64, signedUp: Date? = nil) throws {
        let signup = try awardSignup(memberID: memberID, at: signedUp)
        if !signup.duplicate { try queue(.welcome, member: memberID, key: "member:\(memberID)") }
    }

    /// Changes contact details (name, e-mail, phone, birthday). With `expected` (the details the
    /// person saw), refused when someone else changed them in the meantime.
    func updateDetails(email: String, _ details: MemberDetails, expected: MemberDetails? = nil) throws -> Member {
        let member = try requireMember(email: email)
        if let expected, expected != member.details {
            throw LoyaltyError.member(.changedSinceOpened(email: member.email))
        }
        let checked = try details.validated()
        if let other = try self.member(email: checked.email), other.id != member.id {
            throw LoyaltyError.member(.emailTaken(checked.email))
        }
        try db.run("UPDATE members SET name = ?, email = ?, phone = ?, birthday = ? WHERE id = ?",
                   [checked.name, checked.email, checked.phone, checked.birthday, member.id])
        return try self.member(id: member.id)
    }
}

extension Store {
    /// Adds a person as member, visitor or pending, optionally referred by another member's code.
    public func addMember(_ details: MemberDetails, status: MemberStatus = .member, referralCode: String? = nil) throws -> Member {
        try write(.membersAndPoints) { tx in
            let member = try tx.addMember(details, status: status, referralCode: referralCode)
            try tx.audit("member.add", member.email, after: "status: \(member.status.rawValue)", memberID: member.id)
            return member
        }
    }

    public func member(email: String) throws -> Member { try read { try $0.requireMember(email: email) } }
    public func member(id: Int64) throws -> Member { try read { try $0.member(id: id) } }

    public func setStatus(email: String, _ status: MemberStatus) throws -> Member {
        try write(.membersAndPoints) { tx in
            let before = try tx.requireMember(email: email)
            let after = try tx.setStatus(email: email, status)
            if before.status != after.status {
                try tx.audit("member.status", after.email, before: "status: \(before.status.rawValue)", after: "status: \(after.status.rawValue)", memberID: after.id)
            }
            return after
        }
    }

    /// Changes a member's contact details. With `expected`, refused when they are no longer what
    /// the person saw (someone else edited them meanwhile).
    public func updateMember(email: String, _ details: MemberDetails, expected: MemberDetails? = nil) throws -> Member {
        try write(.membersAndPoints) { tx in
            let before = try tx.requireMember(email: email)
            let after = try tx.updateDetails(email: email, details, expected: expected)
            try tx.audit("member.edit", after.email, from: before.details, to: after.details, memberID: after.id)
            return after
        }
    }
}
