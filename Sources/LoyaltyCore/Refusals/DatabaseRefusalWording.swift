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
        case .unknownSchemaVersion(let path, let version, let known):
            return Sentence("{path} is not a Loyalty database (its schema version is {version}, which no Loyalty ever wrote; this build knows 1 to {known}): nothing was changed",
                            ["path": .text(path), "version": .integer(version), "known": .integer(known)])
        case .anotherProgramsDatabase(let path, let tables, let objects) where tables.isEmpty:
            return Sentence("{path} is not a Loyalty database (it holds {objects} schema objects of another program and no Loyalty schema version): nothing was changed",
                            ["path": .text(path), "objects": .integer(Int64(objects))])
        case .anotherProgramsDatabase(let path, let tables, _):
            let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            return Sentence("{path} is not a Loyalty database (it holds the tables {tables} of another program and no Loyalty schema version): nothing was changed",
                            ["path": .text(path), "tables": .text(shown)])
        case .schemaDiffers(let path, let version, let differences):
            return Sentence("{path} is not a Loyalty database (its schema is not the one Loyalty writes at version {version}: {differences}): nothing was changed",
                            ["path": .text(path), "version": .integer(version), "differences": .sentence(SchemaDifference.list(differences))])
        case .noKeySecret:
            return Sentence("the database has no key secret; open it once with write access to migrate it")
        case .totalsTooLarge(let totals):
            return Sentence("the running totals of points {totals} add up to more than the largest whole number ({largest})",
                            ["totals": .sentence(totals.sentence), "largest": .grouped(Int64.max)])
        }
    }
}
