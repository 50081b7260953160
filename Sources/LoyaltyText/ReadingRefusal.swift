import LoyaltyCore

/// Why a number, an amount or a date typed in a language was refused. Each reason names the text
/// and says how to write it instead; nothing is ever guessed.
public enum ReadingRefusal: Error, Equatable, Sendable {
    /// Not a number at all ("12,5O", "€€5").
    case notANumber(text: String, example: String)
    /// One "." or "," followed by exactly three digits: thousands or decimals?
    case ambiguous(text: String, thousands: String, decimal: String, mark: String, example: String)
    /// Points written "1.234": a thousands separator, or a decimal mark where points have none?
    case ambiguousPoints(text: String, thousands: String)
    /// Thousands separators that do not stand between groups of three digits ("1.23.456").
    case misplacedSeparators(text: String, example: String)
    /// More decimals than the currency has.
    case tooManyDecimals(text: String, decimals: Int, currency: String)
    /// Decimals where only whole numbers are counted (points).
    case notWhole(text: String)
    /// More digits than any number Loyalty counts.
    case tooLarge(text: String)
    /// An amount above the most Loyalty counts (`Limits.maximumMoney`).
    case beyondLimit(text: String, most: Money)
    /// An amount written in a currency other than the programme's.
    case otherCurrency(text: String, currency: String)
    /// Not a date written as the language writes dates.
    case notADate(text: String, example: String)
    /// A numeric date that is read day first by some and month first by others.
    case ambiguousDate(text: String, first: String, second: String)
    /// A year written with two digits.
    case shortYear(text: String, example: String)
    /// A day the calendar does not have (31-02-2026).
    case noSuchDay(text: String)

    /// The reason, as an English template and values, for `Localizer.words`.
    public var sentence: Sentence {
        switch self {
        case .notANumber(let text, let example):
            return Sentence("\"{text}\" is not a number; write it like {example}", ["text": .text(text), "example": .text(example)])
        case .ambiguous(let text, let thousands, let decimal, let mark, let example):
            return Sentence("\"{text}\" is ambiguous: it could be {thousands} or {decimal}; write {thousands} without a separator, or decimals after \"{mark}\" as in {example}",
                            ["text": .text(text), "thousands": .text(thousands), "decimal": .text(decimal), "mark": .text(mark), "example": .text(example)])
        case .ambiguousPoints(let text, let thousands):
            return Sentence("\"{text}\" is ambiguous: points are whole numbers; write {thousands} without a separator",
                            ["text": .text(text), "thousands": .text(thousands)])
        case .misplacedSeparators(let text, let example):
            return Sentence("\"{text}\" has a thousands separator out of place; write it like {example}", ["text": .text(text), "example": .text(example)])
        case .tooManyDecimals(let text, let decimals, let currency):
            return Sentence("\"{text}\" has more than {decimals} decimals for {currency}",
                            ["text": .text(text), "decimals": .integer(Int64(decimals)), "currency": .text(currency)])
        case .notWhole(let text):
            return Sentence("\"{text}\" is not a whole number; points are counted in whole numbers", ["text": .text(text)])
        case .tooLarge(let text):
            return Sentence("\"{text}\" is too large a number", ["text": .text(text)])
        case .beyondLimit(let text, let most):
            return Sentence("\"{text}\" is too large an amount; at most {most}", ["text": .text(text), "most": .money(most)])
        case .otherCurrency(let text, let currency):
            return Sentence("\"{text}\" is in another currency; amounts here are in {currency}", ["text": .text(text), "currency": .text(currency)])
        case .notADate(let text, let example):
            return Sentence("\"{text}\" is not a date; write it like {example}", ["text": .text(text), "example": .text(example)])
        case .ambiguousDate(let text, let first, let second):
            return Sentence("\"{text}\" is ambiguous: it could be {first} or {second}; write it as year-month-day, e.g. {first}",
                            ["text": .text(text), "first": .text(first), "second": .text(second)])
        case .shortYear(let text, let example):
            return Sentence("\"{text}\" has a two-digit year; write the year in full, e.g. {example}", ["text": .text(text), "example": .text(example)])
        case .noSuchDay(let text):
            return Sentence("\"{text}\" is not a day of the calendar", ["text": .text(text)])
        }
    }
}
