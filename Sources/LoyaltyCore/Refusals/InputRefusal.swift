/// Refusals of values as people type them: amounts, currencies, multipliers.
public enum InputRefusal: Refusal, Equatable {
    /// `text` is not an amount of money.
    case notAnAmount(text: String)
    /// `text` has more decimals than `currency` has (`decimals`).
    case tooManyDecimals(text: String, decimals: Int, currency: String)
    /// `text` is too large an amount to read.
    case amountTooLarge(text: String)
    /// `text` is beyond Loyalty's largest amount, `most`.
    case amountBeyondLimit(text: String, most: Money)
    /// `text` is not a three-letter currency code.
    case notACurrency(text: String)
    /// `text`, ending in %, is not a percentage above 0.
    case notAPercentMultiplier(text: String)
    /// `text` is not a multiplier such as 2x.
    case notAMultiplier(text: String)
    /// `text` has more than two decimals.
    case multiplierDecimals(text: String)
    /// `field` holds control characters (line breaks and tabs too, unless `multiline`).
    case controlCharacters(field: StoredTextField, multiline: Bool)
    /// `value`, which is `what` (e.g. the page token of member 12), cannot be a file name of at most `maximumLength`.
    case notAFileName(what: FileNameOrigin, value: String, maximumLength: Int)
    /// The multiplier is 0.
    case multiplierNotAboveZero
    /// `text` is not a date written as YYYY-MM-DD.
    case notADate(text: String)
    /// `text` is not a whole percentage such as 50%.
    case notAPercentage(text: String)
    /// The value typed into the field labelled `label` is refused for `reason`.
    indirect case inField(label: String, reason: LoyaltyError)

    public var category: RefusalCategory { .invalid }
}
