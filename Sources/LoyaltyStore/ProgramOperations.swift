import Foundation
import LoyaltyCore

/// Changes to the programme's details; `nil` fields stay as they are.
public struct ProgramUpdate: Sendable {
    public var name: String?
    public var pointsName: String?
    public var pointsIcon: String?
    public var currency: String?
    /// `.some(nil)` turns expiry off.
    public var expiryMonths: Int??
    public var tierWindowMonths: Int?
    /// Whether the expiry set applies to the points already held; needed when expiry is switched on
    /// or its months change while points are held (see `HeldPointsExpiry`).
    public var expiryScope: ExpiryScope?
    /// The language of the e-mails and pages customers read.
    public var customerLanguage: CustomerLanguage?

    public init(name: String? = nil, pointsName: String? = nil, pointsIcon: String? = nil, currency: String? = nil,
                expiryMonths: Int?? = nil, tierWindowMonths: Int? = nil, expiryScope: ExpiryScope? = nil,
                customerLanguage: CustomerLanguage? = nil) {
        self.customerLanguage = customerLanguage
        self.name = name
        self.pointsName = pointsName
        self.pointsIcon = pointsIcon
        self.currency = currency
        self.expiryMonths = expiryMonths
        self.tierWindowMonths = tierWindowMonths
        self.expiryScope = expiryScope
    }
}

extension Transaction {
    /// The programme's details and status.
    public func program() throws -> Program {
        try db.one("""
            SELECT name, points_name, points_icon, currency, status, expiry_months, tier_window_months, customer_language, points_named
            FROM program WHERE id = 1
            """) { row in
            let language = CustomerLanguage(rawValue: row.text(7)) ?? .english, named = row.int(8) == 1
            return Program(name: row.text(0), pointsName: named ? row.text(1) : language.defaultPointsName, pointsIcon: row.text(2),
                           currency: try Currency(code: row.text(3)), status: ProgramStatus(rawValue: row.text(4)) ?? .draft,
                           expiryMonths: row.optionalInt(5).map(Int.init), tierWindowMonths: Int(row.int(6)),
                           customerLanguage: language, pointsNamed: named)
        }!
    }

    func setStatus(_ status: ProgramStatus) throws {
        try db.run("UPDATE program SET status = ?, updated_at = ?, launched_at = coalesce(launched_at, CASE WHEN ? = 'active' THEN ? END) WHERE id = 1",
                   [status.rawValue, nowSeconds, status.rawValue, nowSeconds])
    }

    /// Makes the programme active when it is in one of `statuses` and nothing stops it; else refuses.
    func activate(from statuses: [ProgramStatus], refusal: @autoclosure () throws -> ProgramRefusal) throws -> Program {
        let program = try program()
        guard statuses.contains(program.status) else { throw LoyaltyError.program(try refusal()) }
        let problems = LoyaltyCore.launchProblems(program: program, rules: try rules(), rewards: try rewards())
        guard problems.isEmpty else {
            throw LoyaltyError.program(.cannotActivate(resuming: program.status == .paused, problems: problems))
        }
        try setStatus(.active)
        return try self.program()
    }
}

extension Store {
    public func program() throws -> Program { try read { try $0.program() } }

    /// Changes the programme's details. The currency can change only while no amount of money is
    /// stored yet (rules per amount spent, money rewards, orders). A new customer language rewrites
    /// the e-mails and the names of ways to earn and rewards still as Loyalty wrote them.
    @discardableResult
    public func updateProgram(_ update: ProgramUpdate) throws -> Program {
        try write(.programme) { tx in
            let before = try tx.program()
            var program = before
            if let name = update.name { program.name = try Program.validateName(name) }
            if let language = update.customerLanguage {
                program.customerLanguage = language
                if !program.pointsNamed { program.pointsName = language.defaultPointsName }
                try tx.translateDefaultEmails(from: before.customerLanguage, to: language)
                try tx.translateDefaultNames(from: before.customerLanguage, to: language, pointsName: (before.pointsName, program.pointsName))
            }
            if let pointsName = update.pointsName {
                program.pointsName = try Program.validatePointsName(pointsName)
                program.pointsNamed = true
            }
            if let icon = update.pointsIcon { program.pointsIcon = try Program.validatePointsIcon(icon) }
            if let code = update.currency {
                let currency = try Currency(code: code)
                if currency != program.currency {
                    let moneyInUse = try tx.db.scalar("""
                        SELECT (SELECT count(*) FROM earning_rules WHERE per_minor IS NOT NULL)
                             + (SELECT count(*) FROM rewards WHERE discount_type IN ('amount_off', 'sale_price') OR kind = 'flexible' OR min_subtotal IS NOT NULL)
                             + (SELECT count(*) FROM orders)
                        """)
                    guard moneyInUse == 0 else {
                        throw LoyaltyError.program(.currencyInUse(currency: program.currency.code))
                    }
                    program.currency = currency
                }
            }
            if let expiry = update.expiryMonths {
                if let months = expiry, !(1...120).contains(months) {
                    throw LoyaltyError.program(.expiryOutOfRange(months: months))
                }
                program.expiryMonths = expiry
            }
            try tx.applyExpiryChoice(from: before.expiryMonths, to: program.expiryMonths, scope: update.expiryScope, pointsName: program.pointsName)
            if let window = update.tierWindowMonths {
                guard (1...120).contains(window) else { throw LoyaltyError.program(.tierWindowOutOfRange(months: window)) }
                program.tierWindowMonths = window
            }
            try tx.db.run("""
                UPDATE program SET name = ?, points_name = ?, points_icon = ?, currency = ?, expiry_months = ?,
                    tier_window_months = ?, customer_language = ?, points_named = ?, updated_at = ? WHERE id = 1
                """, [program.name, program.pointsNamed ? program.pointsName : "Points", program.pointsIcon, program.currency.code,
                      program.expiryMonths, program.tierWindowMonths, program.customerLanguage.rawValue, program.pointsNamed, tx.nowSeconds])
            try tx.audit("program.edit", "programme", from: before, to: program)
            return program
        }
    }

    /// What stops the programme from launching now; empty when it may launch.
    public func launchProblems() throws -> [LaunchProblem] {
        try read { tx in
            LoyaltyCore.launchProblems(program: try tx.program(), rules: try tx.rules(), rewards: try tx.rewards())
        }
    }

    /// Launches a draft programme, or refuses listing every reason.
    @discardableResult
    public func launch() throws -> Program {
        try write(.programme) { tx in
            try tx.auditStatus("program.launch") { try tx.activate(from: [.draft], refusal: .alreadyLaunched(status: try tx.program().status)) }
        }
    }

    /// Pauses an active programme: nothing is earned or redeemed until it resumes.
    @discardableResult
    public func pause() throws -> Program {
        try write(.programme) { tx in
            try tx.auditStatus("program.pause") {
                guard try tx.program().status == .active else { throw LoyaltyError.program(.onlyActivePauses) }
                try tx.setStatus(.paused)
                return try tx.program()
            }
        }
    }

    /// Resumes a paused programme, with the same checks as launching.
    @discardableResult
    public func resume() throws -> Program {
        try write(.programme) { tx in
            try tx.auditStatus("program.resume") { try tx.activate(from: [.paused], refusal: .onlyPausedResumes) }
        }
    }
}

extension Transaction {
    /// Runs a change of the programme's status and audits the status before → after.
    func auditStatus(_ action: String, _ change: () throws -> Program) throws -> Program {
        let before = try program().status
        let after = try change()
        try audit(action, "programme", before: "status: \(before.rawValue)", after: "status: \(after.status.rawValue)")
        return after
    }
}
