import Foundation
import LoyaltyCore
import LoyaltyStore

/// `loyalty user list|add|role|remove`: which OS accounts may open the programme, and as what.
enum UserCommands {
    static var command: Command {
        Command(name: "user", summary: "who may do what: list, add, role, remove (owners change them)",
                details: """
                    Users are the OS accounts that open the database. owner: everything. staff: members and points \
                    (give, remove, set, redeem, coupons, orders, imports), no programme changes. viewer: read only (the \
                    database is opened read-only). The first person to create the database is its owner. The OS must \
                    let each user read (viewer) or write (owner, staff) the database file, its -wal and -shm, and its \
                    directory: in the directory, `chgrp GROUP . loyalty.db* && chmod 660 loyalty.db* && chmod 770 .` (README).
                    """,
                subcommands: [list, add, role, remove])
    }

    private static let roles = Role.allCases.map(\.rawValue).joined(separator: "|")

    static var list: Command {
        Command(name: "list", summary: "list the users and their roles", options: [.json], examples: ["loyalty user list"]) { invocation in
            let store = try invocation.openStore()
            let users = try store.users()
            if invocation.json { return try JSON.print(users.map { ["name": $0.name, "role": $0.role.rawValue] as JSONObject }) }
            var table = Table(["USER", "ROLE"])
            for user in users { table.add([user.name + (user.name == store.actor ? " (you)" : ""), user.role.rawValue]) }
            table.print(empty: "No users yet: the next person to open the database for writing becomes its owner.")
        }
    }

    static var add: Command {
        Command(name: "add", summary: "let an OS account use the programme", arguments: ["NAME"],
                options: [Option("--role", roles, "what they may do (required)")],
                examples: ["loyalty user add alice --role staff"]) { invocation in
            let role = try invocation.choice(invocation.required("--role"), "--role", as: Role.self)
            let user = try invocation.openStore().addUser(ProgramUser(name: invocation.argument(0), role: role))
            Console.out("Added \(user.name) as \(user.role.rawValue).")
        }
    }

    static var role: Command {
        Command(name: "role", summary: "change a user's role (the last owner stays owner)", arguments: ["NAME", "ROLE"],
                examples: ["loyalty user role alice owner"]) { invocation in
            let role = try invocation.choice(invocation.argument(1), "ROLE", as: Role.self)
            let user = try invocation.openStore().setRole(of: invocation.argument(0), to: role)
            Console.out("\(user.name) is now \(user.role.rawValue).")
        }
    }

    static var remove: Command {
        Command(name: "remove", summary: "stop an OS account using the programme (the last owner stays)", arguments: ["NAME"],
                examples: ["loyalty user remove alice"]) { invocation in
            let name = invocation.argument(0)
            try invocation.openStore().removeUser(name)
            Console.out("Removed \(name); their past changes stay in the ledger and the audit log.")
        }
    }
}
