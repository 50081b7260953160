import Foundation
import LoyaltyCore
import LoyaltyText

/// Reading form values that the field kinds cannot check while typing (multipliers, dates, values
/// whose meaning depends on another field). Each refusal names the field, and because it is thrown
/// from a pane's `submit`, it shows inside the form that stays open with everything typed.
enum FormParsing {
    /// `parse`'s result, or its refusal with the field's label in front: `Multiplier: "x" is not …`.
    static func value<T>(_ label: String, _ parse: () throws -> T) throws -> T {
        do { return try parse() } catch let refusal as LoyaltyError {
            throw LoyaltyError.input(.inField(label: label, reason: refusal))
        } catch let refusal as ReadingRefusal {
            throw FieldRefusal(label: label, reason: refusal.sentence)
        }
    }

    /// A whole number typed into a `.number` field (already checked inline), or nil when empty.
    static func optionalNumber(_ text: String) -> Int64? { text.isEmpty ? nil : Int64(text) }

    /// An amount typed into a `.money` field (already checked inline) in `language`, or nil when empty.
    static func optionalMoney(_ text: String, _ currency: Currency, _ language: Language) -> Money? {
        text.isEmpty ? nil : try? NumberReading(language).money(text, currency: currency)
    }
}

/// A typed value a field refused, worded with the field's label in front: `From: "32-13-2025" is …`.
struct FieldRefusal: Error, Equatable {
    let label: String
    let reason: Sentence
}

/// Calendar days as people type and read them in the operator's language (2025-12-24, or day first
/// in nl/fr/he: 24-12-2025), in the store's calendar (its time zone).
struct CalendarDays {
    let calendar: Calendar
    var language: Language = .english

    /// The Gregorian calendar in this machine's time zone: the store's default, for drawing dates
    /// where no store is at hand.
    static func local(_ language: Language) -> CalendarDays {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return CalendarDays(calendar: calendar, language: language)
    }

    /// The first moment of the day `text` names, read as the language writes days (year-month-day
    /// always works); refuses anything else with the reason.
    func start(of text: String) throws -> Date {
        let typed = try DateReading(language).moment(text)
        guard let date = calendar.date(from: DateComponents(year: typed.year, month: typed.month, day: typed.day)) else {
            throw ReadingRefusal.noSuchDay(text: text)
        }
        return date
    }

    /// The first moment of the day after the one `text` names, for an inclusive last day.
    func end(of text: String) throws -> Date {
        let start = try start(of: text)
        return calendar.date(byAdding: .day, value: 1, to: start) ?? start
    }

    /// The day `date` falls on, as the language writes it: 2025-12-24, 24-12-2025, 24/12/2025, 24.12.2025.
    func string(_ date: Date) -> String { LocalStyle(language).day(date, in: calendar.timeZone) }

    /// The last day a period ending (exclusively) at `end` covers.
    func lastDay(before end: Date) -> String { string(end.addingTimeInterval(-1)) }
}
