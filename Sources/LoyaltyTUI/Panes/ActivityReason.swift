import Foundation
import LoyaltyCore
import LoyaltyText

extension DisplayFormat {
    /// An activity entry's reason in the operator's language (see `Localizer.reason(_:)`), followed
    /// by the day it was recorded when that is not the day it happened (an order imported later):
    /// "Order 977 (€10.00) · recorded 2025-03-14".
    static func activityReason(_ entry: LedgerEntry, _ words: Localizer) -> String {
        let recorded = day(entry.recorded, words), reason = words.reason(entry)
        return recorded == day(entry.at, words) ? reason
            : words.text("{reason} · recorded {day}", ["reason": .text(reason), "day": .text(recorded)])
    }
}
