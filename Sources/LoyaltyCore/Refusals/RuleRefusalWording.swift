/// The English wording of refusals about ways to earn.
extension RuleRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no way to earn with id {id}", ["id": .integer(id)])
        case .noneOfKind(let kind): return Sentence("there is no {kind} way to earn", ["kind": .text(kind.rawValue)])
        case .severalOfKind(let kind): return Sentence("several {kind} ways to earn exist; name them by id", ["kind": .text(kind.rawValue)])
        case .customNameTaken(let name): return Sentence("a custom action named \"{name}\" exists already; edit it instead", ["name": .text(name)])
        case .kindTaken(let kind):
            return Sentence("a way to earn of kind {kind} exists already; edit it instead (one per kind)", ["kind": .text(kind.rawValue)])
        case .notInProgrammeCurrency(let currency):
            return Sentence("amounts must be in the programme's currency {currency}", ["currency": .text(currency)])
        }
    }
}
