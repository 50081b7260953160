import Foundation
import LoyaltyCore
import LoyaltyText

/// How the member panes write dates, point changes and coupon codes.
enum DisplayFormat {
    /// A day as the operator's language writes it: "2025-03-14", "14-3-2025", "14/03/2025", "14.3.2025".
    static func day(_ date: Date, _ words: Localizer) -> String { words.style.day(date, in: words.zone) }

    /// A day and time: "2025-03-14 09:05", "14-3-2025 09:05".
    static func dayAndTime(_ date: Date, _ words: Localizer) -> String { words.style.moment(date, in: words.zone) }

    /// "+40", "−20" (a real minus sign), "0", "+1,000" (grouped as the language groups).
    static func change(_ delta: Points, _ words: Localizer) -> String {
        let number = words.style.number(Int64(clamping: delta.magnitude))
        return delta > 0 ? "+" + number : delta < 0 ? "−" + number : "0"
    }

    /// A coupon code in groups of four for reading aloud: "ABCD-EFGH-JKMN".
    static func couponCode(_ code: String) -> String { CouponCode.grouped(code) }
}
