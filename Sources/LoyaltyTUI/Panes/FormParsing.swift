import Foundation
import LoyaltyCore

/// Reading form values that the field kinds cannot check while typing (multipliers, dates, values
/// whose meaning depends on another field). Each refusal names the field, and because it is thrown
/// from a pane's `submit`, it shows inside the form that stays open with everything typed.
enum FormParsing {
    /// `parse`'s result, or its refusal with the field's label in front: `Multiplier: "x" is not …`.
    static func value<T>(_ label: String, _ parse: () throws -> T) throws -> T {
        do { return try parse() } catch let refusal as LoyaltyError { throw LoyaltyError.input(.inField(label: label, reason: refusal)) }
    }

    /// A whole number typed into a `.number` field (already checked inline), or nil when empty.
    static func optionalNumber(_ text: String) -> Int64? { text.isEmpty ? nil : Int64(text) }

    /// An amount typed into a `.money` field (already checked inline), or nil when empty.
    static func optionalMoney(_ text: String, _ currency: Currency) -> Money? {
        text.isEmpty ? nil : try? Money.parse(text, currency: currency)
    }
}

/// Calendar days as people type and read them, 2025-12-24, in the store's calendar (its time zone).
struct CalendarDays {
    let calendar: Calendar

    /// The Gregorian calendar in this machine's time zone: the store's default, for drawing dates
    /// where no store is at hand.
    static var local: CalendarDays {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return CalendarDays(calendar: calendar)
    }

    /// The first moment of the day `text` names; refuses anything but a real YYYY-MM-DD date.
    func start(of text: String) throws -> Date {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month else {
            throw LoyaltyError.input(.notADate(text: text))
        }
        return date
    }

    /// The first moment of the day after the one `text` names, for an inclusive last day.
    func end(of text: String) throws -> Date {
        let start = try start(of: text)
        return calendar.date(byAdding: .day, value: 1, to: start) ?? start
    }

    /// The day `date` falls on, as YYYY-MM-DD.
    func string(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The last day a period ending (exclusively) at `end` covers.
    func lastDay(before end: Date) -> String { string(end.addingTimeInterval(-1)) }
}
