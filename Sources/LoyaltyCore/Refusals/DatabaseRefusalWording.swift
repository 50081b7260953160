/// The English wording of refusals about the database file.
extension DatabaseRefusal {
    public var sentence: Sentence {
        switch self {
        case .noDatabase(let path):
            return Sentence("no database at {path}", ["path": .text(path)])
        case .holdsNoDatabase(let path):
            return Sentence("{path} is empty: it holds no Loyalty database (nothing was changed)", ["path": .text(path)])
        case .needsMigration(let found, let known):
            return Sentence("the database has schema {found} but this build reads {known}; an owner must open it once with write access to migrate it",
                            ["found": .integer(found), "known": .integer(known)])
        case .newerSchema(let path, let found, let known):
            return Sentence("the database {path} was written by a newer Loyalty (schema {found}; this build knows up to {known}): nothing was changed; upgrade loyalty to open it",
                            ["path": .text(path), "found": .integer(found), "known": .integer(known)])
        case .cannotCreateDirectory(let directory, let reason):
            return Sentence("cannot create the directory {directory} for the database: {reason}", ["directory": .text(directory), "reason": .text(reason)])
        case .cannotCreateFile(let path, let reason):
            return Sentence("cannot create the database file {path}: {reason}", ["path": .text(path), "reason": .text(reason)])
        case .sharedFilesMissing(let path):
            return Sentence("cannot read {path}: SQLite needs {path}-wal and {path}-shm beside it, which are missing, and you may not create them there (nothing was changed). Someone who may write that folder (an owner or staff) creates them for good by opening it once",
                            ["path": .text(path)])
        case .totalsTooLarge(let totals):
            return Sentence("the running totals of points {totals} add up to more than the largest whole number ({largest})",
                            ["totals": .text(totals), "largest": .grouped(Int64.max)])
        }
    }
}
