import LoyaltyCore

/// Reads points and amounts of money as a language's speakers type them. The language's own
/// marks are read (nl/fr: 12,50 and 1.234,56 / 1 234,56; en/he: 12.50 and 1,234.56), and so is
/// anything that can be read one way only: a mark followed by one, two or four digits is a
/// decimal mark, a mark that occurs twice or before the other one groups thousands. One "." or ","
/// followed by exactly three digits ("1.234") could be either and is refused, saying both readings.
public struct NumberReading: Sendable {
    public let style: LocalStyle

    public init(_ language: Language) { style = LocalStyle(language) }

    /// A whole number of points: "1250", "1.250" (nl), "1 250" (fr), "-20".
    public func points(_ text: String) throws(ReadingRefusal) -> Points {
        let number: (negative: Bool, whole: String, fraction: String?)
        do {
            number = try digits(of: clean(text), text: text, example: style.number(1250))
        } catch .ambiguous(_, let thousands, _, _, _) {
            throw .ambiguousPoints(text: text, thousands: thousands)
        }
        guard number.fraction == nil else { throw .notWhole(text: text) }
        guard number.whole.count <= 18, let value = Int64(number.whole) else { throw .tooLarge(text: text) }
        return number.negative ? -value : value
    }

    /// An amount of `currency`: "12,50" (nl, fr), "€ 1.234,56", "1 234,56 €", "12.50" (en, he).
    /// Its sign or code may stand before or after the number; another currency's is refused.
    public func money(_ text: String, currency: Currency) throws(ReadingRefusal) -> Money {
        let example = style.amount(Money(minorUnits: 1250 * currency.minorPerUnit / 100, currency: currency))
        let number = try digits(of: try withoutCurrency(clean(text), text: text, currency: currency), text: text, example: example)
        let fraction = number.fraction ?? ""
        guard fraction.count <= currency.exponent else {
            throw .tooManyDecimals(text: text, decimals: currency.exponent, currency: currency.code)
        }
        let most = Money(minorUnits: Limits.maximumMoney, currency: currency)
        guard number.whole.count <= 15 else { throw .beyondLimit(text: text, most: most) }
        let plain = (number.negative ? "-" : "") + number.whole + (fraction.isEmpty ? "" : "." + fraction)
        guard let money = try? Money.parse(plain, currency: currency) else { throw .beyondLimit(text: text, most: most) }
        return money
    }

    /// The text without surrounding spaces and without direction marks, which Hebrew text may carry.
    private func clean(_ text: String) -> Substring {
        let marks: Set<Unicode.Scalar> = ["\u{200E}", "\u{200F}", "\u{061C}"]
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !marks.contains($0) })
        return Substring(String(kept)).strippingSpaces
    }

    /// The number with the programme's currency sign or code taken off either end.
    private func withoutCurrency(_ text: Substring, text original: String, currency: Currency) throws(ReadingRefusal) -> Substring {
        var rest = text, sign = ""
        if let first = rest.first, Self.signs.contains(first) { sign = String(first); rest = rest.dropFirst().strippingSpaces }
        for name in [CurrencySymbol.symbol(of: currency), currency.code] {
            if rest.uppercased().hasPrefix(name) { rest = rest.dropFirst(name.count).strippingSpaces; break }
            if rest.uppercased().hasSuffix(name) { rest = rest.dropLast(name.count).strippingSpaces; break }
        }
        let ends = [rest.prefix(1), rest.suffix(1)].map(String.init)
        let codes = [rest.prefix(3), rest.suffix(3)].map(String.init)
        if ends.contains(where: { CurrencySymbol.code(ofSymbol: $0) != nil }) || codes.contains(where: { $0.count == 3 && $0.allSatisfy(\.isLetter) }) {
            throw .otherCurrency(text: original, currency: currency.code)
        }
        return Substring(sign + rest)
    }

    private static let signs: Set<Character> = ["-", "+", "\u{2212}"]

    /// The sign, the whole digits and the decimals (nil when there is no decimal mark).
    private func digits(of text: Substring, text original: String, example: String) throws(ReadingRefusal) -> (negative: Bool, whole: String, fraction: String?) {
        var body = text
        var negative = false
        if let first = body.first, Self.signs.contains(first) { negative = first != "+"; body = body.dropFirst() }
        // Digit runs and the single separators between them.
        var runs: [String] = [""]
        var separators: [Character] = []
        for character in body {
            if character.isASCII, character.isNumber { runs[runs.count - 1].append(character); continue }
            let separator: Character
            switch character {
            case ".", ",": separator = character
            case " ", "\u{A0}", "\u{202F}": separator = " "
            default: throw .notANumber(text: original, example: example)
            }
            guard !runs[runs.count - 1].isEmpty || (runs.count == 1 && separator != " ") else { throw .notANumber(text: original, example: example) }
            separators.append(separator)
            runs.append("")
        }
        guard !runs.last!.isEmpty else { throw .notANumber(text: original, example: example) }
        guard let last = separators.last else { return (negative, runs[0], nil) }
        // Which separator, if any, is the decimal mark.
        let marks = Set(separators)
        var decimal: Character?
        if marks.contains("."), marks.contains(",") {
            decimal = last
        } else if marks.count == 2 {          // spaces and one of . or ,
            guard last != " " else { throw .misplacedSeparators(text: original, example: groupedExample) }
            decimal = last
        } else if last != " ", separators.count == 1 {
            let before = runs[0], after = runs[1]
            if after.count == 3, !before.isEmpty, before.count <= 3, before.first != "0" {
                let decimalReading = before + String(style.decimalMark) + after
                throw .ambiguous(text: original, thousands: before + after, decimal: decimalReading, mark: String(style.decimalMark), example: example)
            }
            decimal = last
        }
        if let decimal {
            guard separators.filter({ $0 == decimal }).count == 1, last == decimal else {
                throw .misplacedSeparators(text: original, example: groupedExample)
            }
        }
        // Every other separator groups thousands: 1 to 3 digits first, then groups of exactly 3.
        let groups = decimal == nil ? runs : Array(runs.dropLast())
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count), first.first != "0",
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .misplacedSeparators(text: original, example: groupedExample)
            }
        }
        let whole = groups.joined()
        return (negative, whole.isEmpty ? "0" : whole, decimal == nil ? nil : runs.last!)
    }

    /// A grouped number with decimals as this language writes it: 1,234,567.89 / 1.234.567,89.
    private var groupedExample: String { style.number(1_234_567) + String(style.decimalMark) + "89" }
}

extension Substring {
    /// Without spaces (including no-break spaces) at either end.
    var strippingSpaces: Substring {
        let isSpace = { (c: Character) in c == " " || c == "\t" || c == "\u{A0}" || c == "\u{202F}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
