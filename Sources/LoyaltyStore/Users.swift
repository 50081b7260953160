import Foundation
import LoyaltyCore

extension Transaction {
    /// Every user, owners first, then by name.
    public func users() throws -> [ProgramUser] {
        try db.all("SELECT name, role FROM users ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'staff' THEN 1 ELSE 2 END, name") {
            ProgramUser(name: $0.text(0), role: Role(rawValue: $0.text(1)) ?? .viewer)
        }
    }

    /// The role of `name`; nil when the name is not a user.
    func role(of name: String) throws -> Role? {
        try db.one("SELECT role FROM users WHERE name = ?", [name]) { Role(rawValue: $0.text(0)) ?? .viewer }
    }

    func addUser(_ user: ProgramUser) throws -> ProgramUser {
        let name = try ProgramUser.validateName(user.name)
        if let existing = try role(of: name) {
            throw LoyaltyError.access(.alreadyAUser(user: name, role: existing, requested: user.role))
        }
        let added = ProgramUser(name: name, role: user.role)
        try insertUser(added)
        return added
    }

    /// Writes a user row and its audit line; the name is taken as it is (the OS's own, or checked).
    func insertUser(_ user: ProgramUser, reason: String = "") throws {
        try db.run("INSERT INTO users(name, role, added_at, added_by) VALUES (?, ?, ?, ?)", [user.name, user.role.rawValue, nowSeconds, actor])
        try audit("user.add", user.name, after: "role: \(user.role.rawValue)", reason: reason)
    }

    func setRole(of name: String, to role: Role) throws -> ProgramUser {
        guard let current = try self.role(of: name) else { throw unknownUser(name) }
        guard current != role else { throw LoyaltyError.access(.alreadyHasRole(user: name, role: role)) }
        if current == .owner { try requireAnotherOwner(than: name) }
        try db.run("UPDATE users SET role = ? WHERE name = ?", [role.rawValue, name])
        try audit("user.role", name, before: "role: \(current.rawValue)", after: "role: \(role.rawValue)")
        return ProgramUser(name: name, role: role)
    }

    func removeUser(_ name: String) throws {
        guard let current = try role(of: name) else { throw unknownUser(name) }
        if current == .owner { try requireAnotherOwner(than: name) }
        try db.run("DELETE FROM users WHERE name = ?", [name])
        try audit("user.remove", name, before: "role: \(current.rawValue)")
    }

    private func requireAnotherOwner(than name: String) throws {
        guard try db.scalar("SELECT count(*) FROM users WHERE role = 'owner' AND name != ?", [name]) > 0 else {
            throw LoyaltyError.access(.onlyOwner(user: name))
        }
    }

    private func unknownUser(_ name: String) -> LoyaltyError {
        LoyaltyError.access(.noSuchUser(user: name))
    }
}

extension Store {
    public func users() throws -> [ProgramUser] { try read { try $0.users() } }

    /// Adds an OS account as a user with a role (owners only).
    @discardableResult
    public func addUser(_ user: ProgramUser) throws -> ProgramUser { try write(.programme) { try $0.addUser(user) } }

    /// Changes a user's role; the last owner cannot stop being one (owners only).
    @discardableResult
    public func setRole(of name: String, to role: Role) throws -> ProgramUser { try write(.programme) { try $0.setRole(of: name, to: role) } }

    /// Removes a user; the last owner cannot be removed (owners only).
    public func removeUser(_ name: String) throws { try write(.programme) { try $0.removeUser(name) } }
}
