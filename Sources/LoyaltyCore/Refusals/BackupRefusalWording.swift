/// The English wording of refusals about backups.
extension BackupRefusal {
    public var sentence: Sentence {
        switch self {
        case .destinationExists(let path):
            return Sentence("{path} exists already; choose a new file name for the backup (nothing was written)", ["path": .text(path)])
        case .cannotCreatePartial(let path, let reason):
            return Sentence("cannot create {path}: {reason}", ["path": .text(path), "reason": .text(reason)])
        case .cannotMoveIntoPlace(let destination, let reason):
            return Sentence("cannot move the backup into place at {destination}: {reason}", ["destination": .text(destination), "reason": .text(reason)])
        case .noBackupFile(let path):
            return Sentence("no backup file at {path}", ["path": .text(path)])
        case .isTheDatabase(let path):
            return Sentence("{path} is the database itself; nothing to restore", ["path": .text(path)])
        case .cannotMoveDamagedAside(let database, let aside, let reason):
            return Sentence("{database} is damaged and cannot be moved aside to {aside}: {reason}; nothing was restored",
                            ["database": .text(database), "aside": .text(aside), "reason": .text(reason)])
        case .unreadable(let path, let reason):
            return Sentence("{path} is not a Loyalty backup ({reason}); nothing was restored", ["path": .text(path), "reason": .text(reason)])
        case .missingTables(let path, let version):
            return Sentence("{path} is not a Loyalty database (no programme, members and ledger tables, or schema version {version}); nothing was restored",
                            ["path": .text(path), "version": .integer(version)])
        case .newerSchema(let path, let version, let known):
            return Sentence("{path} was written by a newer Loyalty (schema {version}; this build knows up to {known}); upgrade loyalty to restore it",
                            ["path": .text(path), "version": .integer(version), "known": .integer(known)])
        case .schemaDiffers(let path, let version, let differences):
            return Sentence("{path} is not a backup Loyalty wrote: its schema differs from Loyalty's schema {version} ({differences}); nothing was restored",
                            ["path": .text(path), "version": .integer(version), "differences": .sentence(SchemaDifference.list(differences))])
        case .damaged(let path, let problems):
            return Sentence("{path} is damaged ({problems}); nothing was restored", ["path": .text(path), "problems": .text(problems.prefix(3).joined(separator: "; "))])
        case .inconsistent(let path, let problems):
            return Sentence("{path} is inconsistent ({problems}); nothing was restored", ["path": .text(path), "problems": .sentence(.list(problems.prefix(3).map(\.sentence), separator: "; "))])
        case .unsafeFileName(let path, let problem):
            return Sentence("{path} is not a backup Loyalty wrote: {problem}; nothing was restored", ["path": .text(path), "problem": .sentence(problem)])
        case .beyondLimit(let path, let what, let value, let row, let limit):
            return Sentence("{path} holds {what} of {value} (row {row}), beyond Loyalty's limit of {limit}; nothing was restored. Restore a backup Loyalty wrote.",
                            ["path": .text(path), "what": .sentence(what.sentence), "value": .grouped(value), "row": .text(row), "limit": .grouped(limit)])
        }
    }
}
