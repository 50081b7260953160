import Foundation

/// `Formats.jsonDate` for exports of many rows: one formatter made once and reused, because making
/// a `DateFormatter` per row took most of the time of a million-row export.
struct ReusableDateFormat {
    private let formatter: DateFormatter

    init() {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
    }

    /// The same text as `Formats.jsonDate(date)`.
    func json(_ date: Date) -> String { formatter.string(from: date) }
}
