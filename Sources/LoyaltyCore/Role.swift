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

    /// Why `user` (of this role) may not make a change of `kind`, and what to do.
    public func refusal(user: String, _ kind: ChangeKind) -> String {
        switch self {
        case .viewer:
            return "\(user) is a viewer and may only look; an owner can change that with `loyalty user role \(user) staff`"
        case .staff, .owner:
            return "\(user) is staff: staff change members and points, not \(kind.what); ask an owner (`loyalty user list` names them)"
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

    var what: String {
        switch self {
        case .membersAndPoints: return "members and points"
        case .programme: return "the programme"
        }
    }
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
            throw LoyaltyError.invalid("\"\(name)\" is not an OS account name; use the login name, e.g. alice (letters, digits, . _ -)")
        }
        return trimmed
    }
}
