/// The English wording of refusals about files.
extension FileRefusal {
    public var sentence: Sentence {
        switch self {
        case .cannotCreate(let path, let reason):
            return Sentence("cannot create {path}: {reason}", ["path": .text(path), "reason": .text(reason)])
        case .somethingInTheWay(let path):
            return Sentence("cannot create {path}: a file or link is already there (left by a crashed run, or put there by someone else); nothing was written to it. Check what it is, remove it, and run again",
                            ["path": .text(path)])
        case .cannotWrite(let temporary, let path, let reason):
            return Sentence("cannot write {temporary}: {reason}; {path} was left as it was", ["temporary": .text(temporary), "path": .text(path), "reason": .text(reason)])
        case .cannotMoveIntoPlace(let temporary, let path, let reason):
            return Sentence("cannot move {temporary} into place at {path}: {reason}; {path} was left as it was",
                            ["temporary": .text(temporary), "path": .text(path), "reason": .text(reason)])
        case .cannotSpoolImport(let file, let directory, let reason):
            return Sentence("cannot make a temporary copy of {file} in {directory}: {reason}. Nothing was imported; set TMPDIR to a directory you can write.",
                            ["file": .text(file), "directory": .text(directory), "reason": .text(reason)])
        case .cannotCopyImport(let file, let copy, let reason):
            return Sentence("cannot copy {file} to {copy}: {reason}. Nothing was imported; make room there, or set TMPDIR to a directory with room.",
                            ["file": .text(file), "copy": .text(copy), "reason": .text(reason)])
        case .cannotReadImport(let path, let reason):
            return Sentence("cannot read {path}: {reason}. Nothing was imported.", ["path": .text(path), "reason": .text(reason)])
        case .importChanged(let file, let checkedRows, let appliedRows):
            return Sentence("{file} changed while it was being imported ({checked} rows when checked, {applied} when applied); nothing was imported. Import it again once it is complete.",
                            ["file": .text(file), "checked": .integer(Int64(checkedRows)), "applied": .integer(Int64(appliedRows))])
        }
    }
}
