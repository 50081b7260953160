import Foundation

/// A day and, when given, a time of day, as typed: no time zone (the caller's zone says where).
public struct TypedMoment: Equatable, Sendable {
    public let year: Int, month: Int, day: Int
    /// Hour and minute, or nil for a day alone (midnight).
    public let hour: Int?, minute: Int?

    /// The moment in `zone`: midnight at the start of the day when no time was typed.
    public func date(in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour ?? 0, minute: minute ?? 0))
    }
}

/// Reads days (and a time after them) as a language's speakers type them. Year-month-day
/// (2026-12-01) is read in every language. Dutch, French and Hebrew put the day first, with "-",
/// "/" or "." between (1-12-2026, 01/12/2026, 1.12.2026). English puts the day first in some
/// countries and the month first in others: a date that could be either (01/12/2026) is refused
/// naming both days, one that can be read one way only (25/12/2026) is read. A two-digit year or
/// a day the calendar lacks (31-02-2026) is refused. A time follows as HH:MM.
public struct DateReading: Sendable {
    public let style: LocalStyle

    public init(_ language: Language) { style = LocalStyle(language) }

    public func moment(_ text: String) throws(ReadingRefusal) -> TypedMoment {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 1 || parts.count == 2 else { throw .notADate(text: text, example: example) }
        var time: (Int, Int)?
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard clock.count == 2, clock.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
                  let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute) else {
                throw .notADate(text: text, example: example)
            }
            time = (hour, minute)
        }
        let (year, month, day) = try self.day(String(parts[0]), text: text)
        return TypedMoment(year: year, month: month, day: day, hour: time?.0, minute: time?.1)
    }

    private func day(_ word: String, text: String) throws(ReadingRefusal) -> (Int, Int, Int) {
        let fields = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let separators = Set(word.filter { $0 == "-" || $0 == "/" || $0 == "." })
        guard fields.count == 3, separators.count == 1, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(fields[0]), let b = Int(fields[1]), let c = Int(fields[2]) else {
            throw .notADate(text: text, example: example)
        }
        if fields[0].count == 4 {
            guard separators == ["-"] else { throw .notADate(text: text, example: example) }
            return try checked(a, b, c, text)
        }
        guard fields[0].count <= 2, fields[1].count <= 2 else { throw .notADate(text: text, example: example) }
        guard fields[2].count == 4 else {
            throw fields[2].count == 2 ? .shortYear(text: text, example: example) : .notADate(text: text, example: example)
        }
        guard style.language == .english else { return try checked(c, b, a, text) }
        let dayFirst = isDay(c, b, a), monthFirst = isDay(c, a, b)
        if dayFirst, monthFirst, a != b {
            throw .ambiguousDate(text: text, first: iso(c, b, a), second: iso(c, a, b))
        }
        return monthFirst && !dayFirst ? try checked(c, a, b, text) : try checked(c, b, a, text)
    }

    private func checked(_ year: Int, _ month: Int, _ day: Int, _ text: String) throws(ReadingRefusal) -> (Int, Int, Int) {
        guard isDay(year, month, day) else { throw .noSuchDay(text: text) }
        return (year, month, day)
    }

    private func isDay(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The first of December 2026, as this language writes it.
    private var example: String {
        let utc = TimeZone(identifier: "UTC")!
        return TypedMoment(year: 2026, month: 12, day: 1, hour: nil, minute: nil).date(in: utc).map { style.day($0, in: utc) } ?? "2026-12-01"
    }
}
