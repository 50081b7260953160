import Foundation
import LoyaltyCore
import LoyaltyText

extension DisplayFormat {
    /// An activity entry's reason, followed by the day it was recorded when that is not the day it
    /// happened (an order imported later): "Order 977 (10.00 EUR) · recorded 2025-03-14".
    static func activityReason(_ entry: LedgerEntry, _ words: Localizer) -> String {
        let recorded = day(entry.recorded, words)
        return recorded == day(entry.at, words) ? entry.reason
            : words.text("{reason} · recorded {day}", ["reason": .text(entry.reason), "day": .text(recorded)])
    }
}
