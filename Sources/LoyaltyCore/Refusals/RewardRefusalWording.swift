/// The English wording of refusals about rewards.
extension RewardRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no reward with id {id}", ["id": .integer(id)])
        case .secondFlexible(let name, let id):
            return Sentence("there is already a flexible reward (\"{name}\", id {id}); a programme has at most one, so edit that one instead",
                            ["name": .text(name), "id": .integer(id)])
        case .cannotSwitchFixedAndFlexible:
            return Sentence("a reward cannot change between fixed and flexible; add a new one and delete this one")
        case .badName: return Sentence("a reward needs a name of 1 to 80 printable characters")
        case .badDescription(let maximum):
            return Sentence("a reward's description must be at most {most} printable characters (no control characters)", ["most": .integer(Int64(maximum))])
        case .costNotAboveZero(let cost): return Sentence("a reward's cost must be above 0 points (got {cost})", ["cost": .integer(cost)])
        case .percentOffOutOfRange(let percent): return Sentence("percent off must be 1 to 100 (got {percent})", ["percent": .integer(percent)])
        case .amountOffNotAboveZero(let amount): return Sentence("amount off must be above 0 (got {amount})", ["amount": .amount(amount)])
        case .needsSKU(let salePrice):
            return salePrice ? Sentence("a sale price reward needs a product SKU") : Sentence("a free product reward needs a product SKU")
        case .needsAmount(let salePrice):
            return salePrice ? Sentence("a sale price needs an amount, e.g. 5.00") : Sentence("amount off needs an amount, e.g. 5.00")
        case .percentOffNotWhole(let text):
            return Sentence("percent off needs a whole number from 1 to 100, e.g. 10 (got \"{text}\")", ["text": .text(text)])
        case .negativeSalePrice: return Sentence("a sale price cannot be negative")
        case .negativeMinimumSubtotal: return Sentence("a minimum order subtotal cannot be negative")
        case .rateNotPositive: return Sentence("a flexible reward needs a positive rate, e.g. 100 points = 1.00")
        case .minimumPointsNotAboveZero: return Sentence("minimum points must be above 0")
        case .maximumDiscountNotAboveZero: return Sentence("maximum discount must be above 0")
        case .maximumPercentOutOfRange(let percent):
            return Sentence("maximum discount must be 1 to 100 percent of the order (got {percent})", ["percent": .integer(percent)])
        case .notInProgrammeCurrency(let currency):
            return Sentence("amounts must be in the programme's currency {currency}", ["currency": .text(currency)])
        }
    }
}
