/// An ISO 4217 currency: its code and how many minor units (decimal places) it has.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// Three upper-case letters, e.g. "EUR".
    public let code: String
    /// Decimal places of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for KWD.
    public let exponent: Int

    /// Currencies whose minor unit is not 1/100.
    private static let exponents: [String: Int] = [
        "JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "XAF": 0, "XOF": 0, "HUF": 2,
        "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "IQD": 3, "LYD": 3,
    ]

    /// A currency from its ISO code (case-insensitive), or an error naming the bad code.
    public init(code raw: String) throws {
        let code = raw.uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw LoyaltyError.input(.notACurrency(text: raw))
        }
        self.code = code
        self.exponent = Currency.exponents[code] ?? 2
    }

    public static let euro = try! Currency(code: "EUR")

    /// How many minor units make one whole unit: 100 for EUR.
    public var minorPerUnit: Int64 {
        var value: Int64 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    public var description: String { code }
}
