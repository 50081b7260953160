/// What a user of the programme may do. Users are the OS accounts that open the database.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Everything, including the programme's setup, users and jobs.
    case owner
    /// Members and points: give, remove, set, redeem, add and edit members, record orders and imports.
    case staff
    /// Read only; the database is opened read-only.
    case viewer

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// Whether this role may make changes of `kind`.
    public func may(_ kind: ChangeKind) -> Bool {
        switch (self, kind) {
        case (.owner, _): return true
        case (.staff, .membersAndPoints): return true
        case (.staff, .programme), (.viewer, _): return false
        }
    }
}

/// The two kinds of change that roles tell apart.
public enum ChangeKind: Sendable, Equatable {
    /// Members and their points: manual changes, redemptions, coupons, orders, imports.
    case membersAndPoints
    /// The programme itself: details, launch and pause, ways to earn, rewards, tiers, campaigns,
    /// e-mails, users, jobs (daily, expiry, mail), erasure, restore and coupon export.
    case programme
}

/// A user of the programme: an OS account name and its role.
public struct ProgramUser: Equatable, Sendable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// An OS account name: 1–64 characters of letters, digits, `.`, `_`, `-` (not starting with `-`).
    public static func validateName(_ name: String) throws -> String {
        let trimmed = name.trimmingWhitespace()
        let allowed = trimmed.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
        guard (1...64).contains(trimmed.count), allowed, !trimmed.hasPrefix("-") else {
            throw LoyaltyError.access(.notAnAccountName(name: name))
        }
        return trimmed
    }
}
