import Foundation
import LoyaltyCore

/// How the member panes write dates, point changes and coupon codes.
enum DisplayFormat {
    /// "2025-03-14", in the local time zone.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let two = { (n: Int?) in n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
    }

    /// "2025-03-14 09:05", in the local time zone.
    static func dayAndTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let two = { (n: Int?) in n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
        return "\(day(date)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// "+40", "−20" (a real minus sign), "0".
    static func change(_ delta: Points) -> String {
        delta > 0 ? "+\(delta)" : delta < 0 ? "−\(delta.magnitude)" : "0"
    }

    /// A coupon code in groups of four for reading aloud: "ABCD-EFGH-JKMN".
    static func couponCode(_ code: String) -> String { CouponCode.grouped(code) }
}
