import Foundation

/// Money and days as a customer language writes them, for pages and e-mails (which a browser or a
/// mail reader lays out). `LoyaltyText.LocalStyle` writes the operator's with the same rules.
extension CustomerLanguage {
    /// The sign a currency is written with: € for EUR, ₪ for ILS; its ISO code when it has no sign
    /// that cannot be mistaken for another's ($ is the US dollar only).
    public static let currencySigns: [String: String] = ["EUR": "€", "USD": "$", "GBP": "£", "ILS": "₪", "JPY": "¥"]

    /// The character between whole units and decimals: "." or ",".
    public var decimalMark: Character { self == .dutch || self == .french ? "," : "." }

    /// An amount with its currency, grouped: €1,234.56 / € 1.234,56 / 1 234,56 € / 1,234.56 ₪. With
    /// `marksDirection`, a Hebrew amount starts with a right-to-left mark (U+200F) so that a browser
    /// keeps the sign after the number; never on a terminal, which shows the mark as a stray character.
    public func money(_ money: Money, marksDirection: Bool = false) -> String {
        let plain = money.decimalString
        let unsigned = plain.hasPrefix("-") ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var digits = number(Int64(parts[0]) ?? 0)
        if parts.count > 1 { digits += String(decimalMark) + parts[1] }
        let sign = money.minorUnits < 0 ? "-" : ""
        let symbol = Self.currencySigns[money.currency.code] ?? money.currency.code
        let space = "\u{A0}"
        switch self {
        case .english: return symbol.count == 1 ? "\(sign)\(symbol)\(digits)" : "\(sign)\(symbol)\(space)\(digits)"
        case .dutch: return "\(symbol)\(space)\(sign)\(digits)"
        case .french: return "\(sign)\(digits)\(space)\(symbol)"
        case .hebrew: return (marksDirection ? "\u{200F}" : "") + "\(sign)\(digits)\(space)\(symbol)"
        }
    }

    /// The months' names, lower case where the language writes them so (nl, fr).
    public var monthNames: [String] {
        switch self {
        case .english: return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        case .dutch: return ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        case .french: return ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        case .hebrew: return ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]
        }
    }

    /// A day in words, day before month: 1 December 2026 / 1 december 2026 / 1er décembre 2026 /
    /// 1 בדצמבר 2026, the day `date` falls on in `zone`.
    public func longDay(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let day = parts.day ?? 1, year = parts.year ?? 0
        let month = monthNames[max(0, min(11, (parts.month ?? 1) - 1))]
        switch self {
        case .english, .dutch: return "\(day) \(month) \(year)"
        case .french: return "\(day == 1 ? "1er" : String(day)) \(month) \(year)"
        case .hebrew: return "\(day) ב\(month) \(year)"
        }
    }
}
