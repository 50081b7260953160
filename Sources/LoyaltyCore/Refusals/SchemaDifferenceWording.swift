/// The English wording of how a schema differs.
extension SchemaDifference {
    public var sentence: Sentence {
        switch self {
        case .missing(let object): return Sentence("{object} is missing", ["object": .sentence(object.sentence)])
        case .changed(let object): return Sentence("{object} was changed", ["object": .sentence(object.sentence)])
        case .added(let object): return Sentence("{object} was added", ["object": .sentence(object.sentence)])
        case .listedTwice: return Sentence("an object is listed twice")
        case .more(let count): return Sentence("and {count} more", ["count": .integer(Int64(count))])
        }
    }

    /// `differences` one after another, separated by "; ".
    public static func list(_ differences: [SchemaDifference]) -> Sentence {
        .list(differences.map(\.sentence), separator: "; ")
    }
}

extension SchemaObjectName {
    /// "trigger ledger_balance_chain on ledger"; a table alone: "table members".
    public var sentence: Sentence {
        let values: [String: SentenceValue] = ["type": .text(type), "name": .text(name), "table": .text(table)]
        return name == table ? Sentence("{type} {name}", values) : Sentence("{type} {name} on {table}", values)
    }
}
