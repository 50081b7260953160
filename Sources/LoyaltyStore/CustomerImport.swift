import Foundation
import LoyaltyCore

/// Whether customers who become members through the customer import get the programme's sign-up points.
public enum SignupPoints: String, Sendable, CaseIterable {
    /// The normal joining: the sign-up points (and the welcome e-mail, when it is on), once per member.
    case award
    /// They signed up in the shop before the programme existed: they join without sign-up points or
    /// welcome, and the sign-up is recorded as done, so no later change of status awards it.
    case skip
}

/// What a customer import changed, for the summary the CLI prints.
public struct CustomerImportSummary: Sendable, Equatable {
    public var format: CustomerFormat
    public var signupPoints: SignupPoints
    /// Customers read from the file.
    public var rows = 0
    /// New members made from customers the programme did not know.
    public var created = 0
    /// People already known (visitors from orders, pending people) who became members.
    public var joined = 0
    /// Members already in the programme, now linked to their customer account.
    public var linked = 0
    /// Customers seen before whose name, phone or consent changed in the shop since.
    public var updated = 0
    /// Customers seen before with nothing new.
    public var unchanged = 0
    /// Members who got sign-up points, and how many in all.
    public var signupsAwarded = 0
    public var signupPointsAwarded: Points = 0
    /// Customers without an e-mail address.
    public var passedOver = 0
    /// Customers whose member was erased on request: left alone.
    public var erased = 0
    /// Rows `--skip-invalid` refused, and why.
    public var rejected = 0
    public var problems: [RowProblem] = []

    public init(format: CustomerFormat, signupPoints: SignupPoints) {
        self.format = format
        self.signupPoints = signupPoints
    }
}

extension Store {
    /// Imports a customers export (Shopify's CSV or WooCommerce's JSON, told apart by the first
    /// character) in ONE transaction. Every row is checked first: any that cannot be imported refuses
    /// the whole file (`ImportRefused` naming each), unless `skipInvalid`, when the good ones are
    /// imported and the bad ones returned in the summary. Each customer becomes a member (joined
    /// on their account's creation date when the export gives it), linked to the shop's key; a later
    /// export changes only what changed in the shop since (name, phone, consent), audited, so the
    /// same file twice changes nothing (not even the audit log).
    public func importCustomers(_ bytes: [UInt8], file: String, signupPoints: SignupPoints, skipInvalid: Bool = false,
                                progress: ((ImportProgress) -> Void)? = nil) throws -> CustomerImportSummary {
        progress?(.checking(bytesRead: 0, of: bytes.count))
        let parsed = ParsedCustomers.read(bytes, file: file)
        progress?(.checking(bytesRead: bytes.count, of: bytes.count))
        let refused = ImportRefused(problems: parsed.problems)
        if !parsed.problems.isEmpty, !skipInvalid || refused.refusesFile { throw refused }
        return try write(.membersAndPoints) { tx in
            try tx.applyCustomers(parsed, file: file, signupPoints: signupPoints, progress: progress)
        }
    }
}

extension Transaction {
    /// Applies the customers read (`ParsedCustomers`) in this transaction, as `importCustomers`
    /// does; its bad rows (kept, when any, only with `--skip-invalid`) are counted as rejected.
    func applyCustomers(_ parsed: ParsedCustomers, file: String, signupPoints: SignupPoints,
                        progress: ((ImportProgress) -> Void)? = nil) throws -> CustomerImportSummary {
        var summary = CustomerImportSummary(format: parsed.format, signupPoints: signupPoints)
        summary.rows = parsed.rows
        summary.passedOver = parsed.passedOver
        summary.problems = parsed.problems
        summary.rejected = Set(parsed.problems.map(\.line)).count
        let applier = CustomerApplier(self, file: file, signupPoints: signupPoints)
        for (index, customer) in parsed.customers.enumerated() {
            do {
                try applier.apply(customer, &summary)
            } catch let error as LoyaltyError {
                throw ImportRefused(problems: [RowProblem(file: file, line: customer.line, field: "(row)", value: "", why: error.description)])
            }
            if (index + 1) % 1_000 == 0 { progress?(.applying(applied: index + 1, of: parsed.customers.count)) }
        }
        progress?(.applying(applied: parsed.customers.count, of: parsed.customers.count))
        guard summary.created + summary.joined + summary.linked + summary.updated > 0 else { return summary }
        try audit("import.customers", file, after: "\(summary.created) created, \(summary.joined) joined, \(summary.linked) linked, "
                  + "\(summary.updated) updated, \(summary.unchanged) unchanged; sign-up points: \(signupPoints.rawValue)")
        return summary
    }
}

/// Applies the customers of one import, in file order, inside its transaction.
private struct CustomerApplier {
    /// What the last import read of a customer.
    private struct Seen {
        let memberID: Int64
        let name: String?
        let phone: String?
        let acceptsMarketing: Bool?
        let created: Int64?
    }

    let tx: Transaction
    let file: String
    let signupPoints: SignupPoints

    init(_ tx: Transaction, file: String, signupPoints: SignupPoints) {
        self.tx = tx
        self.file = file
        self.signupPoints = signupPoints
    }

    func apply(_ customer: CustomerRecord, _ summary: inout CustomerImportSummary) throws {
        let reason = "\(file) line \(customer.line)"
        if let seen = try seen(customer.key) {
            if try tx.erasedAt(memberID: seen.memberID) != nil { summary.erased += 1; return }
            let member = try tx.member(id: seen.memberID)
            var details = member.details
            if let name = customer.name, name != seen.name { details.name = name }
            if customer.phone != seen.phone { details.phone = customer.phone }
            let consent = customer.acceptsMarketing != nil && customer.acceptsMarketing != seen.acceptsMarketing ? customer.acceptsMarketing : nil
            let changed = try update(member, details: details, consent: consent, created: customer.created, reason: reason)
            if changed { summary.updated += 1 } else { summary.unchanged += 1 }
            try remember(customer, memberID: member.id, replacing: true)
        } else if let member = try tx.member(email: customer.email) {
            var details = member.details
            details.name = customer.name ?? details.name
            details.phone = customer.phone ?? details.phone
            _ = try update(member, details: details, consent: customer.acceptsMarketing, created: customer.created, reason: reason)
            if member.status == .member {
                summary.linked += 1
            } else {
                try join(member.id, &summary)
                try tx.audit("member.status", member.email, before: "status: \(member.status.rawValue)", after: "status: member", reason: reason, memberID: member.id)
                summary.joined += 1
            }
            try remember(customer, memberID: member.id, replacing: false)
        } else {
            let added = try tx.addMember(MemberDetails(name: customer.name ?? "", email: customer.email, phone: customer.phone), status: .visitor)
            try tx.db.run("UPDATE members SET joined_at = ? WHERE id = ?", [joinedAt(customer.created), added.id])
            if let consent = customer.acceptsMarketing { try tx.setAcceptsMarketing(memberID: added.id, consent) }
            try join(added.id, &summary)
            try tx.audit("member.add", added.email, after: "status: member", reason: reason, memberID: added.id)
            try remember(customer, memberID: added.id, replacing: false)
            summary.created += 1
        }
    }

    private func seen(_ key: String) throws -> Seen? {
        try tx.db.one("SELECT member_id, name, phone, accepts_marketing, created_at FROM shop_customers WHERE key = ?", [key]) {
            Seen(memberID: $0.int(0), name: $0.optionalText(1), phone: $0.optionalText(2), acceptsMarketing: $0.optionalInt(3).map { $0 != 0 },
                 created: $0.optionalInt(4))
        }
    }

    /// Keeps what this import read of the customer; an unchanged customer leaves the row as it was.
    private func remember(_ customer: CustomerRecord, memberID: Int64, replacing: Bool) throws {
        let values: [any SQLBindable] = [customer.name, customer.phone, customer.acceptsMarketing.map { $0 ? 1 : 0 } as Int64?,
                                         customer.created.map(\.unixSeconds)]
        if replacing {
            try tx.db.run("""
                UPDATE shop_customers SET name = ?1, phone = ?2, accepts_marketing = ?3, created_at = ?4, imported_at = ?5
                WHERE key = ?6 AND (name IS NOT ?1 OR phone IS NOT ?2 OR accepts_marketing IS NOT ?3 OR created_at IS NOT ?4)
                """, values + [tx.nowSeconds, customer.key])
        } else {
            try tx.db.run("INSERT INTO shop_customers(name, phone, accepts_marketing, created_at, imported_at, key, member_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          values + [tx.nowSeconds, customer.key, memberID])
        }
    }

    /// Writes what differs (details, consent when given, a joined date earlier than the known one),
    /// each change audited with the file and line; true when anything changed.
    private func update(_ member: Member, details: MemberDetails, consent: Bool?, created: Date?, reason: String) throws -> Bool {
        var changed = false
        if details != member.details {
            let after = try tx.updateDetails(email: member.email, details)
            try tx.audit("member.edit", after.email, from: member.details, to: after.details, reason: reason, memberID: member.id)
            changed = true
        }
        if let consent, try tx.setAcceptsMarketing(memberID: member.id, consent) {
            try tx.audit("member.marketing", member.email, before: "marketing: \(MarketingConsentWording.text(member.acceptsMarketing))",
                         after: "marketing: \(MarketingConsentWording.text(consent))", reason: reason, memberID: member.id)
            changed = true
        }
        if created != nil, joinedAt(created) < member.joined.unixSeconds {
            try tx.db.run("UPDATE members SET joined_at = ? WHERE id = ?", [joinedAt(created), member.id])
            changed = true
        }
        return changed
    }

    /// When a customer joined: their account's creation, never later than now.
    private func joinedAt(_ created: Date?) -> Int64 {
        min(created?.unixSeconds ?? tx.nowSeconds, tx.nowSeconds)
    }

    /// Makes the person a member: with `award` through the normal joining (sign-up points and welcome,
    /// once per person), the points dated when they joined (their shop account, or first order); with
    /// `skip` without them, recording the sign-up as done without points.
    private func join(_ memberID: Int64, _ summary: inout CustomerImportSummary) throws {
        let member = try tx.member(id: memberID)
        switch signupPoints {
        case .award:
            let key = ProgrammeEarning.signup(memberID: memberID).key
            let signedUpBefore = try tx.db.one("SELECT 1 FROM events WHERE key = ?", [key]) { _ in true } ?? false
            _ = try tx.setStatus(email: member.email, .member, signedUp: member.joined)
            let awarded = try tx.db.one("SELECT awarded FROM events WHERE key = ?", [key]) { $0.int(0) } ?? 0
            if !signedUpBefore, awarded > 0 {
                summary.signupsAwarded += 1
                summary.signupPointsAwarded += awarded
            }
        case .skip:
            try tx.db.run("UPDATE members SET status = 'member' WHERE id = ?", [memberID])
            let signup = ProgrammeEarning.signup(memberID: memberID)
            try tx.db.run("""
                INSERT INTO events(key, kind, member_id, payload, awarded, outcome, entry_id, created_at) VALUES (?, ?, ?, ?, 0, ?, NULL, ?)
                ON CONFLICT (key) DO NOTHING
                """, [signup.key, signup.kind.rawValue, memberID, signup.payload, "no sign-up points: joined as a customer of the shop before the programme",
                      tx.nowSeconds])
        }
    }
}

/// A customer account in the shop that the customer import linked to a member, with what the last
/// import read of it (a data request shows it; erasure empties the name and phone).
public struct ShopAccount: Equatable, Sendable {
    /// The shop's key: `shopify:<Customer ID>`, `woo:<id>`.
    public let key: String
    public let name: String?
    public let phone: String?
    public let acceptsMarketing: Bool?
    public let created: Date?
    public let imported: Date
}

extension Transaction {
    /// The shop accounts linked to a member, by key.
    public func shopAccounts(memberID: Int64) throws -> [ShopAccount] {
        try db.all("SELECT key, name, phone, accepts_marketing, created_at, imported_at FROM shop_customers WHERE member_id = ? ORDER BY key", [memberID]) {
            ShopAccount(key: $0.text(0), name: $0.optionalText(1), phone: $0.optionalText(2), acceptsMarketing: $0.optionalInt(3).map { $0 != 0 },
                        created: $0.optionalInt(4).map(Date.init(unixSeconds:)), imported: Date(unixSeconds: $0.int(5)))
        }
    }
}
