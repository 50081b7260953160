import Foundation
import LoyaltyCore

/// How dates, points and signed changes read in text and JSON output.
enum Formats {
    /// Local time, ISO style: "2026-11-23 14:05".
    static func date(_ date: Date) -> String { localFormatter("yyyy-MM-dd HH:mm").string(from: date) }

    /// A local day: "2026-11-23".
    static func day(_ date: Date) -> String { localFormatter("yyyy-MM-dd").string(from: date) }

    /// ISO 8601 with the local offset, for JSON: "2026-11-23T14:05:00+01:00".
    static func jsonDate(_ date: Date) -> String { localFormatter("yyyy-MM-dd'T'HH:mm:ssxxx").string(from: date) }

    /// "40 Stars", "1 Star" (see `Counting.singular(ofPointsName:)`).
    static func points(_ points: Points, _ program: Program) -> String { program.points(points) }

    /// A change with its sign: "+40", "-20".
    static func signed(_ points: Points) -> String { points > 0 ? "+\(points)" : "\(points)" }

    /// "yes" / "no", for on/off columns.
    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    private static func localFormatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = pattern
        formatter.isLenient = false
        return formatter
    }
}
