import Foundation
import LoyaltyCore

/// The loyalty programme's SQLite database. Every public operation is one transaction
/// (`BEGIN IMMEDIATE` … `COMMIT`, rolled back on any error), so nothing is ever half-applied.
/// The CLI and the dashboard call the same operations. Use from one thread.
public final class Store {
    /// The database file, or ":memory:".
    public let path: String
    /// Who makes the changes: the OS user, recorded on every ledger entry and audit line.
    public let actor: String
    /// What the actor may do. A viewer's database is opened read-only.
    public let role: Role
    /// Whether the database was opened read-only (a viewer, `readOnly:` asked for it, or a
    /// read-only file system).
    public let isReadOnly: Bool
    /// Why it is read-only, for the refusal of a write.
    private let readOnlyReason: ReadOnlyReason
    /// The clock; tests pin it.
    public var now: () -> Date = { Date() }
    /// Days for daily caps and campaign dates are counted in this calendar's time zone.
    public var calendar: Calendar
    let db: Connection

    /// Opens the database at `path` as `actor`, creating it (and its directory, private to the user)
    /// when `create` is set, and migrates it to the current schema. The actor must be one of the
    /// programme's users; while there are none, the first to open the database for writing becomes
    /// its owner. A viewer's database is opened read-only.
    public init(path: String, create: Bool = true, readOnly: Bool = false, actor: String = currentOSUser()) throws {
        self.path = path
        self.actor = actor
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        self.calendar = calendar
        if path != ":memory:" {
            try Store.preparePrivateFile(path, create: create && !readOnly)
        }
        let unwritable = path != ":memory:" && ReadOnlyFileSystem.holds(path)
        if !readOnly, !unwritable, path != ":memory:", let viewing = Store.viewerConnection(path: path, actor: actor) {
            db = viewing
            role = .viewer
        } else {
            do {
                db = try Store.connect(path: path, readOnly: readOnly || unwritable, create: create,
                                       immutable: unwritable && ReadOnlyFileSystem.fileAloneIsWhole(path))
            } catch {
                throw SharedDatabaseFiles.explain(error, opening: path)
            }
            role = try Store.resolveRole(of: actor, in: db, writable: !(readOnly || unwritable))
        }
        isReadOnly = readOnly || unwritable || role == .viewer
        readOnlyReason = unwritable ? .fileSystemReadOnly : .openedForViewing
    }

    /// A read-only connection when `actor` is a viewer of an up-to-date database, so a viewer never
    /// opens it for writing; nil otherwise (the normal open then reports any problem).
    /// A bare read-only look at the actor's role comes first: everyone else (the usual case) then has
    /// the database opened and checked once, for writing.
    private static func viewerConnection(path: String, actor: String) -> Connection? {
        guard let look = try? Connection(path: path, readOnly: true, create: false),
              (try? SharedDatabaseFiles.keepOnClose(look)) != nil, (try? look.execute("PRAGMA busy_timeout = 5000")) != nil,
              (try? setUpTransaction(look, actor: actor).role(of: actor)) == .viewer,
              let db = try? connect(path: path, readOnly: true, create: false),
              (try? setUpTransaction(db, actor: actor).role(of: actor)) == .viewer else { return nil }
        return db
    }

    /// A transaction value for reading and writing while the store is being opened.
    private static func setUpTransaction(_ db: Connection, actor: String) -> Transaction {
        Transaction(db: db, now: Date(), actor: actor, calendar: Calendar(identifier: .gregorian))
    }

    /// Opens one connection with the store's settings; a writable one is migrated first.
    static func connect(path: String, readOnly: Bool, create: Bool, immutable: Bool = false) throws -> Connection {
        let db = try Connection(path: path, readOnly: readOnly, create: create, immutable: immutable)
        try db.execute("PRAGMA busy_timeout = 5000")
        try db.execute("PRAGMA foreign_keys = ON")
        // What is deleted or overwritten is zeroed in the file, so an erased person's details do not
        // linger in free space (Debian's SQLite does this by default; other builds do not).
        try db.execute("PRAGMA secure_delete = ON")
        let isFile = path != ":memory:"
        if isFile { try SharedDatabaseFiles.keepOnClose(db) }
        // Read before anything is written: a newer, damaged or foreign file is refused untouched.
        let version = try knownSchemaVersion(db, path: path, mayCreate: create && !readOnly)
        if isFile && !readOnly { try db.execute("PRAGMA journal_mode = WAL") }
        if isFile { SharedDatabaseFiles.matchDatabaseFile(path) }   // SQLite has opened its -wal and -shm by now
        if !readOnly {
            try db.execute("PRAGMA synchronous = FULL")
            try migrate(db, from: version, now: Int64(Date().timeIntervalSince1970))
        } else {
            guard version == currentSchemaVersion else {
                throw LoyaltyError.database(.needsMigration(found: version, known: currentSchemaVersion))
            }
        }
        return db
    }

    /// The actor's role. While the programme has no users, whoever opens it for writing is
    /// registered as its owner (in the audit log too); a read-only opener of such a database reads
    /// as a viewer. Anyone else who is not a user is refused.
    private static func resolveRole(of actor: String, in db: Connection, writable: Bool) throws -> Role {
        let tx = setUpTransaction(db, actor: actor)
        if let role = try tx.role(of: actor) { return role }
        guard try tx.users().isEmpty else {
            throw LoyaltyError.access(.notAUser(user: actor))
        }
        guard writable else { return .viewer }
        try db.execute("BEGIN IMMEDIATE")
        do {
            if try tx.users().isEmpty { try tx.insertUser(ProgramUser(name: actor, role: .owner), reason: "the first user of the programme is its owner") }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
        return try tx.role(of: actor) ?? .viewer
    }

    /// An in-memory database, for tests and trials.
    public static func inMemory(actor: String = "test") throws -> Store {
        try Store(path: ":memory:", actor: actor)
    }

    /// Refuses, with the reason and what to do, when the actor may not make changes of `kind`.
    public func require(_ kind: ChangeKind) throws {
        guard role.may(kind) else { throw LoyaltyError.roleForbids(role, user: actor, kind) }
        guard !isReadOnly else {
            throw LoyaltyError.access(.readOnly(path: path, reason: readOnlyReason))
        }
    }

    /// Runs `body` in one write transaction: `BEGIN IMMEDIATE`, then `COMMIT`, or `ROLLBACK` if it
    /// throws. Refused first when the actor's role may not make changes of `kind`. Inside another
    /// write (the demo builds a whole programme in one) it is a step of that one transaction.
    public func write<T>(_ kind: ChangeKind, _ body: (Transaction) throws -> T) throws -> T {
        try require(kind)
        if db.isInTransaction {
            return try db.savepoint { try body(Transaction(db: db, now: now(), actor: actor, calendar: calendar)) }
        }
        try db.execute("BEGIN IMMEDIATE")
        do {
            let result = try body(Transaction(db: db, now: now(), actor: actor, calendar: calendar))
            try db.execute("COMMIT")
            return result
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in one read transaction, so it sees one consistent snapshot (inside a write, that write's).
    public func read<T>(_ body: (Transaction) throws -> T) throws -> T {
        if db.isInTransaction { return try body(Transaction(db: db, now: now(), actor: actor, calendar: calendar)) }
        try db.execute("BEGIN DEFERRED")
        defer { try? db.execute("COMMIT") }
        return try body(Transaction(db: db, now: now(), actor: actor, calendar: calendar))
    }

    /// A number that grows whenever this process changes the database.
    public var localChangeCounter: Int64 { db.totalChanges }

    /// A number that changes when another connection commits a change (`PRAGMA data_version`).
    public func externalChangeCounter() throws -> Int64 { try db.dataVersion() }

    /// Creates the directory (0700) and an empty file (0600) before SQLite opens it, so no other
    /// user can ever read the database, its journal or its WAL.
    static func preparePrivateFile(_ path: String, create: Bool) throws {
        // The two calls FileManager's fileExists and attributesOfItem make (stat, then lstat: a
        // symbolic link's own size), without their attribute dictionary: 1.25 M instructions fewer
        // for every process that opens the database, a webhook delivery's too.
        var info = stat()
        if stat(path, &info) == 0 {
            if !create, lstat(path, &info) == 0, info.st_size == 0 { throw holdsNoDatabase(path) }
            return
        }
        let fileManager = FileManager.default
        guard create else {
            throw LoyaltyError.database(.noDatabase(path: path))
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !fileManager.fileExists(atPath: directory) {
            do {
                try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw LoyaltyError.database(.cannotCreateDirectory(directory: directory, reason: error.localizedDescription))
            }
        }
        let descriptor = open(path, O_CREAT | O_WRONLY | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LoyaltyError.database(.cannotCreateFile(path: path, reason: String(cString: strerror(errno))))
        }
        close(descriptor)
    }

    /// The refusal of an empty file (or an empty SQLite database) by a command that does not create one.
    static func holdsNoDatabase(_ path: String) -> LoyaltyError {
        LoyaltyError.database(.holdsNoDatabase(path: path))
    }

    /// Where the database lives by default: `$LOYALTY_DB`, else `$XDG_DATA_HOME/loyalty/loyalty.db`,
    /// else `~/.local/share/loyalty/loyalty.db`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["LOYALTY_DB"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/loyalty/loyalty.db" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/loyalty/loyalty.db"
    }
}

/// The name of the OS account running this process (not a flag anyone can set).
public func currentOSUser() -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid\(geteuid())"
}
