/// The English wording of why a database is read-only.
extension ReadOnlyReason {
    public var sentence: Sentence {
        switch self {
        case .fileSystemReadOnly: return Sentence("its file system is mounted read-only")
        case .openedForViewing: return Sentence("opened for viewing only")
        }
    }
}
