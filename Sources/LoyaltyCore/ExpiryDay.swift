import Foundation

/// A day as people write it in a sentence: "1 March 2027" (English month names, whatever the locale).
public enum ExpiryDay {
    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    /// The day `moment` falls on in `calendar`'s time zone, e.g. "1 March 2027".
    public static func words(_ moment: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.day, .month, .year], from: moment)
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 0)"
    }
}
