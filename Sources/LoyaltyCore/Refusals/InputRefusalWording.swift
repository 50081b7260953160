/// The English wording of refusals of typed values.
extension InputRefusal {
    public var sentence: Sentence {
        switch self {
        case .notAnAmount(let text): return Sentence("\"{text}\" is not an amount of money; write it like 12.50", ["text": .text(text)])
        case .tooManyDecimals(let text, let decimals, let currency):
            return Sentence("\"{text}\" has more than {decimals} decimals for {currency}",
                            ["text": .text(text), "decimals": .integer(Int64(decimals)), "currency": .text(currency)])
        case .amountTooLarge(let text): return Sentence("\"{text}\" is too large an amount", ["text": .text(text)])
        case .amountBeyondLimit(let text, let most):
            return Sentence("\"{text}\" is too large an amount; at most {most}", ["text": .text(text), "most": .money(most)])
        case .notACurrency(let text):
            return Sentence("currency \"{text}\" is not a three-letter ISO code such as EUR or USD", ["text": .text(text)])
        case .notAPercentMultiplier(let text): return Sentence("\"{text}\" is not a multiplier such as 2x or 150%", ["text": .text(text)])
        case .notAMultiplier(let text): return Sentence("\"{text}\" is not a multiplier such as 2x or 1.5x", ["text": .text(text)])
        case .multiplierDecimals(let text):
            return Sentence("\"{text}\" is not a multiplier such as 2x or 1.5x (at most two decimals)", ["text": .text(text)])
        case .controlCharacters(let field, true):
            return Sentence("{field} may not hold control characters (such as ESC, BEL, DEL, or bidi overrides); type it again as plain text", ["field": .sentence(field.sentence)])
        case .controlCharacters(let field, false):
            return Sentence("{field} may not hold control characters (such as ESC, BEL, DEL, tabs, line breaks or bidi overrides); type it again as plain text",
                            ["field": .sentence(field.sentence)])
        case .notAFileName(let what, let value, let maximumLength):
            return Sentence("{what} is {value}, which cannot be a file name (only 1 to {most} letters A-Z, digits, - and _)",
                            ["what": .sentence(what.sentence), "value": .text(value.debugDescription), "most": .integer(Int64(maximumLength))])
        case .multiplierNotAboveZero: return Sentence("multiplier must be above 0")
        case .notADate(let text): return Sentence("\"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-24", ["text": .text(text)])
        case .notAPercentage(let text): return Sentence("\"{text}\" is not a percentage such as 50%", ["text": .text(text)])
        case .inField(let label, let reason): return Sentence("{label}: {reason}", ["label": .text(label), "reason": .sentence(reason.sentence)])
        }
    }
}
