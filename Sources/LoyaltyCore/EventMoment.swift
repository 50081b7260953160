import Foundation

/// When something happened, as shops and people write it, and the rule that it cannot be in the future.
///
/// Read without `DateFormatter` (an import reads a date on every row): `2025-03-14` (the start of
/// that day in a given time zone), `2025-03-14T09:30:00+01:00`, `2025-03-14T08:30:00Z`,
/// `2025-03-14 09:30:00 +0100` (Shopify), fractions of a second ignored; a timestamp without an
/// offset (`2025-03-14T08:30:00`, WooCommerce's `_gmt` fields) only where the caller says which
/// zone it is in.
public enum EventMoment {
    /// How far ahead of the clock a moment may be, for clocks that differ: 5 minutes.
    public static let allowedAhead: TimeInterval = 300

    /// Refuses a moment more than `allowedAhead` after `now`.
    public static func check(_ moment: Date, now: Date) throws {
        guard moment.timeIntervalSince(now) <= allowedAhead else {
            throw LoyaltyError.moment(.inTheFuture(moment: moment, now: now))
        }
    }

    /// `text` as a moment, or nil when it is not one: a date alone is the start of that day in
    /// `dayZone`; a timestamp needs its offset unless `unmarkedZone` names the zone of timestamps
    /// written without one.
    public static func parse(_ text: String, dayZone: TimeZone, unmarkedZone: TimeZone? = nil) -> Date? {
        var scanner = DigitScanner(Array(text.trimmingWhitespace().utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        let midnight = daysFromCivil(year: year, month: month, day: day) * 86_400
        if scanner.atEnd {
            let guess = Date(timeIntervalSince1970: TimeInterval(midnight))
            let first = midnight - Int64(dayZone.secondsFromGMT(for: guess))
            return Date(timeIntervalSince1970: TimeInterval(midnight - Int64(dayZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(first))))))
        }
        guard scanner.skip("T") || scanner.skip(" "), let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2),
              hour < 24, minute < 60 else { return nil }
        var second: Int64 = 0
        if scanner.skip(":") {
            guard let value = scanner.number(digits: 2), value < 61 else { return nil }
            second = min(value, 59)
            if scanner.skip(".") || scanner.skip(",") { guard scanner.skipDigits() else { return nil } }
        }
        let local = midnight + hour * 3_600 + minute * 60 + second
        _ = scanner.skip(" ")
        if scanner.atEnd {
            guard let zone = unmarkedZone else { return nil }
            return Date(timeIntervalSince1970: TimeInterval(local - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))))
        }
        if scanner.skip("Z") || scanner.skip("z") { return scanner.atEnd ? Date(timeIntervalSince1970: TimeInterval(local)) : nil }
        let sign: Int64
        if scanner.skip("+") { sign = 1 } else if scanner.skip("-") { sign = -1 } else { return nil }
        guard let offsetHours = scanner.number(digits: 2), offsetHours <= 18 else { return nil }
        _ = scanner.skip(":")
        let offsetMinutes = scanner.atEnd ? 0 : scanner.number(digits: 2)
        guard let offsetMinutes, offsetMinutes < 60, scanner.atEnd else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(local - sign * (offsetHours * 3_600 + offsetMinutes * 60)))
    }

    /// The day of `moment` in `zone`, written 2025-03-14.
    public static func day(_ moment: Date, in zone: TimeZone) -> String {
        ISO8601DateFormatter.string(from: moment, timeZone: zone, formatOptions: [.withFullDate])
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Reads fixed-width numbers and separators from UTF-8 bytes.
private struct DigitScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func number(digits: Int) -> Int64? {
        guard position + digits <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[position..<position + digits] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int64(byte - 48)
        }
        position += digits
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
        position += 1
        return true
    }

    /// Skips one or more digits; false when there is none.
    mutating func skipDigits() -> Bool {
        let start = position
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 }
        return position > start
    }
}
