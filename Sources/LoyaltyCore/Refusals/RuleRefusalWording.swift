/// The English wording of refusals about ways to earn.
extension RuleRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no way to earn with id {id}", ["id": .integer(id)])
        case .noneOfKind(let kind): return Sentence("there is no {kind} way to earn", ["kind": kind.word])
        case .severalOfKind(let kind): return Sentence("several {kind} ways to earn exist; name them by id", ["kind": kind.word])
        case .customNameTaken(let name): return Sentence("a custom action named \"{name}\" exists already; edit it instead", ["name": .text(name)])
        case .kindTaken(let kind):
            return Sentence("a way to earn of kind {kind} exists already; edit it instead (one per kind)", ["kind": kind.word])
        case .pointsNotAboveZero(let points): return Sentence("points must be a whole number above 0 (got {points})", ["points": .integer(points)])
        case .fixedOnly(let kind):
            return Sentence("{kind} rules give a fixed number of points; only order, booking and event_ticket can earn per amount spent", ["kind": kind.word])
        case .perAmountNotAboveZero(let per):
            return Sentence("the amount per which points are given must be above 0 (got {amount})", ["amount": .amount(per)])
        case .capPerEventNotAboveZero(let cap): return Sentence("maximum points per event must be above 0 (got {cap})", ["cap": .integer(cap)])
        case .capPerDayNotAboveZero(let cap): return Sentence("maximum points per member per day must be above 0 (got {cap})", ["cap": .integer(cap)])
        case .badName: return Sentence("a rule needs a name of 1 to 80 printable characters")
        case .noneNamed(let known): return Sentence("name at least one, from: {known}", ["known": .list(known)])
        case .noSuchName(let name, let known):
            return Sentence("no way to earn called \"{name}\"; use one of: {known}", ["name": .text(name), "known": .list(known)])
        case .notInProgrammeCurrency(let currency):
            return Sentence("amounts must be in the programme's currency {currency}", ["currency": .text(currency)])
        }
    }
}
