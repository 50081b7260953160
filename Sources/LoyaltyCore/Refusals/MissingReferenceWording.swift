/// The English wording of a row that points at a missing row.
extension MissingReference {
    public var sentence: Sentence {
        Sentence("{table} row {row} points at a missing {parent}", ["table": .text(table), "row": .integer(row), "parent": .text(parent)])
    }
}
