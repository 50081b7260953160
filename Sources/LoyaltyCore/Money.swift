/// An amount of money in integer minor units (cents) of one currency. Never a `Double`.
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Parses a decimal amount as shops write it: "29.35", "5", "-3.10", "1,234.50" is refused
    /// (ambiguous). At most `currency.exponent` decimals.
    public static func parse(_ text: String, currency: Currency) throws -> Money {
        if let money = parsePlain(text, currency: currency) { return try money.withinLimit(text) }
        let trimmed = text.trimmingWhitespace()
        var digits = Substring(trimmed)
        var negative = false
        if digits.first == "-" { negative = true; digits = digits.dropFirst() } else if digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first ?? ""
        let fraction = parts.count > 1 ? parts[1] : ""
        let isDigits = { (s: Substring) in s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count <= 2, !whole.isEmpty || !fraction.isEmpty, isDigits(whole), isDigits(fraction),
              !(parts.count == 2 && fraction.isEmpty) else {
            throw LoyaltyError.input(.notAnAmount(text: text))
        }
        guard fraction.count <= currency.exponent else {
            throw LoyaltyError.input(.tooManyDecimals(text: text, decimals: currency.exponent, currency: currency.code))
        }
        let paddedFraction = fraction + String(repeating: "0", count: currency.exponent - fraction.count)
        guard whole.count <= 15, let units = Int64(whole.isEmpty ? "0" : String(whole)),
              let minor = Int64(paddedFraction.isEmpty ? "0" : String(paddedFraction)) else {
            throw LoyaltyError.input(.amountTooLarge(text: text))
        }
        let total = units * currency.minorPerUnit + minor
        return try Money(minorUnits: negative ? -total : total, currency: currency).withinLimit(text)
    }

    /// The amount, when its size is at most `Limits.maximumMoney`; else refused, quoting `text`.
    private func withinLimit(_ text: String) throws -> Money {
        guard minorUnits.magnitude <= Limits.maximumMoney.magnitude else {
            throw LoyaltyError.input(.amountBeyondLimit(text: text, most: Money(minorUnits: Limits.maximumMoney, currency: currency)))
        }
        return self
    }

    /// `parse` of the usual case, read from the bytes: a sign or none, then ASCII digits with at most
    /// one point, no more than 15 whole digits and no more decimals than the currency has, nothing else
    /// (not even spaces). The same amount `parse` reads; nil for any other text, which `parse` reads
    /// (or refuses, saying why) the general way. An import reads millions of amounts.
    private static func parsePlain(_ text: String, currency: Currency) -> Money? {
        var utf8 = text.utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        var units: Int64 = 0, minor: Int64 = 0
        var wholeDigits = 0, fractionDigits = 0, hasPoint = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard !hasPoint else { return nil }
                hasPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            if hasPoint {
                fractionDigits += 1
                guard fractionDigits <= currency.exponent else { return nil }
                minor = minor * 10 + digit
            } else {
                wholeDigits += 1
                guard wholeDigits <= 15 else { return nil }
                units = units * 10 + digit
            }
        }
        guard wholeDigits + fractionDigits > 0, !hasPoint || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<currency.exponent { minor *= 10 }
        let total = units * currency.minorPerUnit + minor
        return Money(minorUnits: negative ? -total : total, currency: currency)
    }

    /// Zero in a currency.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// The amount as a plain decimal, e.g. "4.99" or "-0.50".
    public var decimalString: String {
        let per = currency.minorPerUnit
        let magnitude = minorUnits.magnitude
        let units = magnitude / UInt64(per)
        let sign = minorUnits < 0 ? "-" : ""
        guard currency.exponent > 0 else { return "\(sign)\(units)" }
        let minor = String(magnitude % UInt64(per))
        return "\(sign)\(units).\(String(repeating: "0", count: currency.exponent - minor.count))\(minor)"
    }

    /// The amount with its currency, e.g. "4.99 EUR".
    public var description: String { "\(decimalString) \(currency.code)" }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public func trimmingWhitespace() -> String {
        // Nothing to trim when the first and last bytes are not white space (a space, tab, CR or LF
        // character is that one byte), which is nearly always: return the text without looking further.
        let isSpaceByte = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isSpaceByte(first), !isSpaceByte(last) { return self }
        let isSpace = { (c: Character) in c == " " || c == "\t" || c == "\n" || c == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
