import Foundation
import LoyaltyText

/// A campaign's days as the command line reads and shows them, with the dashboard's meaning: a
/// day given to `--to` is the last day the campaign runs (it stops when that day ends); a day with a
/// time is the moment it stops. Days are local, as every date the CLI reads.
enum CampaignDays {
    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return calendar
    }

    /// The moment a campaign stops for `--to TEXT` (already read as `parsed`): the end of that day
    /// when TEXT is a day alone, else the moment TEXT names.
    static func end(typed text: String, parsed: Date) -> Date {
        guard isDayAlone(text) else { return parsed }
        return calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: parsed)) ?? parsed
    }

    /// When a campaign starts as the list shows it: "2026-12-01", or "2026-12-01 09:00" off midnight.
    static func start(_ starts: Date) -> String {
        isMidnight(starts) ? Formats.day(starts) : Formats.date(starts)
    }

    /// When a campaign stops as the list shows it: its last day "2026-12-31" when it stops at
    /// midnight, or "until 2026-12-31 18:00" when it stops during a day.
    static func lastDay(_ ends: Date, _ words: Localizer) -> String {
        isMidnight(ends) ? Formats.day(ends.addingTimeInterval(-1)) : words.text("until {moment}", ["moment": .text(Formats.date(ends))])
    }

    /// Whether a campaign ending at `date` runs through whole days (it stops at midnight).
    static func isMidnight(_ date: Date) -> Bool { calendar.startOfDay(for: date) == date }

    private static func isDayAlone(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return !trimmed.contains(" ") && !trimmed.contains("T") && !trimmed.contains(":")
    }
}
