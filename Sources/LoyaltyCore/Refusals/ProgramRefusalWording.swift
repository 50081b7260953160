/// The English wording of refusals about the programme.
extension ProgramRefusal {
    public var sentence: Sentence {
        switch self {
        case .alreadyLaunched(let status): return Sentence("the programme is already {status}", ["status": status.word])
        case .onlyPausedResumes: return Sentence("only a paused programme can be resumed")
        case .onlyActivePauses: return Sentence("only an active programme can be paused")
        case .cannotActivate(let resuming, let problems):
            let list = SentenceValue.sentence(.list(problems.map(\.sentence), prefix: "\n  - "))
            return resuming ? Sentence("the programme cannot resume yet:{problems}", ["problems": list])
                            : Sentence("the programme cannot launch yet:{problems}", ["problems": list])
        case .currencyInUse(let currency):
            return Sentence("the currency cannot change once rules, rewards or orders hold amounts in {currency}", ["currency": .text(currency)])
        case .badPointsName(let name):
            return Sentence("points name \"{name}\" must be 1 to 20 printable characters, e.g. Points or Stars", ["name": .text(name)])
        case .badPointsIcon(let icon):
            return Sentence("points icon \"{icon}\" must be 1 to 4 printable characters, e.g. ★", ["icon": .text(icon)])
        case .badName: return Sentence("programme name must be 1 to 80 printable characters")
        case .expiryOutOfRange(let months):
            return Sentence("points expiry must be 1 to 120 months, or off (got {months})", ["months": .integer(Int64(months))])
        case .tierWindowOutOfRange(let months):
            return Sentence("the tier window must be 1 to 120 months (got {months})", ["months": .integer(Int64(months))])
        case .expiryNeedsChoice(let months, let points, let members, let pointsName):
            return Sentence("{points} are held by {members} {people}: say whether expiry after {months} months applies to them too"
                            + " (each then expires {months} months after it was earned, never before today or a grace date you set)"
                            + " or only to {name} earned from now on. Nothing was changed",
                            ["points": .sentence(Sentence("{n} {word}", ["n": .grouped(points), "word": .text(Counting.pointsWord(points, named: pointsName))])),
                             "members": .grouped(Int64(members)), "people": .text(members == 1 ? "member" : "members"),
                             "months": .integer(Int64(months)), "name": .text(pointsName)])
        case .expiryGraceInThePast(let day):
            return Sentence("the grace date {day} has passed; give today or a later day", ["day": .text(day)])
        case .expiryGraceWithNewPointsOnly:
            return Sentence("a grace date is for the points held, but expiry is to apply to new points only; choose the points held too, or leave the grace date empty")
        case .unknownCustomerLanguage(let code, let choices):
            return Sentence("the customers' language \"{code}\" is not one Loyalty speaks; choose {choices}",
                            ["code": .text(code), "choices": .text(choices.joined(separator: ", "))])
        }
    }
}
