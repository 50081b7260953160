import Foundation

/// A day as people write it in an English sentence: "1 March 2027" (English month names, whatever
/// the locale), as `CustomerLanguage.english` writes it for customers.
public enum ExpiryDay {
    /// The day `moment` falls on in `calendar`'s time zone, e.g. "1 March 2027".
    public static func words(_ moment: Date, calendar: Calendar) -> String {
        CustomerLanguage.english.longDay(moment, in: calendar.timeZone)
    }
}
