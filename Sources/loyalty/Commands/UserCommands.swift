import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty user list|add|role|remove`: which OS accounts may open the programme, and as what.
enum UserCommands {
    static var command: Command {
        Command(name: "user", summary: "who may do what: list, add, role, remove (owners change them)",
                details: """
                    Users are the OS accounts that open the database; whoever creates it (init, or
                    the dashboard on a new file) is its owner.
                    - owner: everything
                    - staff: members and points (give, remove, set, redeem, coupons, members,
                    orders, refunds, imports), no programme changes
                    - viewer: read only; the database is opened read-only

                    Roles are checked in the store, so the CLI and the dashboard refuse the same
                    things with the same reason. Someone who is not a user is refused with the
                    command that would add them. The last owner cannot be removed or demoted.

                    The OS must still let each user read (viewer) or write (owner, staff) the
                    database, its -wal and -shm files, and its directory. It is created private to
                    its creator, so keep it where the others can reach it (e.g.
                    LOYALTY_DB=/srv/shop/loyalty.db) and share it through a group, in its
                    directory, before adding others:
                      chgrp shop . loyalty.db* && chmod 660 loyalty.db* && chmod 770 .  # staff
                      chmod o+r loyalty.db* && chmod o+x .                              # viewers
                    Loyalty keeps the -wal and -shm files when it closes, and gives those it
                    creates the database file's group and mode.
                    """,
                subcommands: [list, add, role, remove])
    }

    private static let roles = Role.allCases.map(\.rawValue).joined(separator: "|")

    static var list: Command {
        Command(name: "list", summary: "list the users and their roles", options: [.json], examples: ["loyalty user list"]) { invocation in
            let store = try invocation.openStore()
            let users = try store.users()
            if invocation.json { return try JSON.print(users.map { ["name": $0.name, "role": $0.role.rawValue] as JSONObject }) }
            let words = invocation.words
            var table = Table([words.text("USER"), words.text("ROLE")])
            for user in users { table.add([user.name + (user.name == store.actor ? " " + words.text("(you)") : ""), DomainNames.role(user.role, words)]) }
            table.print(empty: words.text("No users yet: the next person to open the database for writing becomes its owner."))
        }
    }

    static var add: Command {
        Command(name: "add", summary: "let an OS account use the programme", arguments: ["NAME"],
                options: [Option("--role", roles, "what they may do (required)")],
                examples: ["loyalty user add alice --role staff"]) { invocation in
            let role = try invocation.choice(invocation.required("--role"), "--role", as: Role.self)
            let user = try invocation.openStore().addUser(ProgramUser(name: invocation.argument(0), role: role))
            Console.out(invocation.words.text("Added {user} as {role}.", ["user": .text(user.name), "role": .text(DomainNames.role(user.role, invocation.words))]))
        }
    }

    static var role: Command {
        Command(name: "role", summary: "change a user's role (the last owner stays owner)", arguments: ["NAME", "ROLE"],
                examples: ["loyalty user role alice owner"]) { invocation in
            let role = try invocation.choice(invocation.argument(1), "ROLE", as: Role.self)
            let user = try invocation.openStore().setRole(of: invocation.argument(0), to: role)
            Console.out(invocation.words.text("{user} is now {role}.", ["user": .text(user.name), "role": .text(DomainNames.role(user.role, invocation.words))]))
        }
    }

    static var remove: Command {
        Command(name: "remove", summary: "stop an OS account using the programme (the last owner stays)", arguments: ["NAME"],
                examples: ["loyalty user remove alice"]) { invocation in
            let name = invocation.argument(0)
            try invocation.openStore().removeUser(name)
            Console.out(invocation.words.text("Removed {user}; their past changes stay in the ledger and the audit log.", ["user": .text(name)]))
        }
    }
}
