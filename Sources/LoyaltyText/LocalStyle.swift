import Foundation
import LoyaltyCore

/// Numbers, money and dates as a language writes them:
///
/// | | number | money | day | moment |
/// |---|---|---|---|---|
/// | en | 1,234 | €1,234.56 | 2026-12-01 | 2026-12-01 14:05 |
/// | nl | 1.234 | € 1.234,56 | 1-12-2026 | 1-12-2026 14:05 |
/// | fr | 1 234 | 1 234,56 € | 01/12/2026 | 01/12/2026 14:05 |
/// | he | 1,234 | 1,234.56 ₪ | 1.12.2026 | 1.12.2026 14:05 |
///
/// English keeps the ISO dates Loyalty has always printed (its two orders of day and month would
/// be ambiguous). French groups thousands with a narrow no-break space (U+202F); money keeps its
/// symbol on the number with a no-break space. Hebrew amounts start with a right-to-left mark
/// (U+200F) when `marksDirection` is on: for pages and e-mails, which a browser lays out; never on
/// a terminal, which would show the mark as a replacement character.
public struct LocalStyle: Sendable, Equatable {
    public let language: Language
    public let marksDirection: Bool

    public init(_ language: Language, marksDirection: Bool = false) {
        self.language = language
        self.marksDirection = marksDirection
    }

    /// The character between whole units and decimals.
    public var decimalMark: Character { customerLanguage.decimalMark }

    /// The separator between groups of three digits.
    public var groupSeparator: String { customerLanguage.groupSeparator }

    /// The same language as customers read it, whose numbers are written the same way.
    private var customerLanguage: CustomerLanguage { CustomerLanguage(rawValue: language.rawValue) ?? .english }

    /// A whole number with its thousands grouped: 1,234 / 1.234 / 1 234.
    public func number(_ number: Int64) -> String { customerLanguage.number(number) }

    /// An amount as people type it, without currency or grouping: 12.50 / 12,50.
    public func amount(_ money: Money) -> String {
        let plain = money.decimalString
        return decimalMark == "." ? plain : plain.replacingOccurrences(of: ".", with: String(decimalMark))
    }

    /// An amount with its currency, grouped: €1,234.56 / € 1.234,56 / 1 234,56 € / 1,234.56 ₪.
    public func money(_ money: Money) -> String { customerLanguage.money(money, marksDirection: marksDirection) }

    /// A day in `zone`: 2026-12-01 / 1-12-2026 / 01/12/2026 / 1.12.2026.
    public func day(_ date: Date, in zone: TimeZone) -> String {
        let parts = Self.parts(of: date, in: zone)
        let year = Self.padded(parts.year, 4), month = Self.padded(parts.month, 2), day = Self.padded(parts.day, 2)
        switch language {
        case .english: return "\(year)-\(month)-\(day)"
        case .dutch: return "\(parts.day)-\(parts.month)-\(year)"
        case .french: return "\(day)/\(month)/\(year)"
        case .hebrew: return "\(parts.day).\(parts.month).\(year)"
        }
    }

    /// A day and time in `zone`, 24-hour clock: 1-12-2026 14:05.
    public func moment(_ date: Date, in zone: TimeZone) -> String {
        let parts = Self.parts(of: date, in: zone)
        return day(date, in: zone) + " " + Self.padded(parts.hour, 2) + ":" + Self.padded(parts.minute, 2)
    }

    /// A day in words, for e-mails and pages: 1 December 2026 / 1 december 2026 / 1er décembre 2026 / 1 בדצמבר 2026.
    public func longDay(_ date: Date, in zone: TimeZone) -> String { customerLanguage.longDay(date, in: zone) }

    private static func parts(of date: Date, in zone: TimeZone) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (c.year ?? 0, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
