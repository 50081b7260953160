import Foundation
import LoyaltyCore

extension DisplayFormat {
    /// An activity entry's reason, followed by the day it was recorded when that is not the day it
    /// happened (an order imported later): "Order 977 (10.00 EUR) · recorded 2025-03-14".
    static func activityReason(_ entry: LedgerEntry) -> String {
        let recorded = day(entry.recorded)
        return recorded == day(entry.at) ? entry.reason : "\(entry.reason) · recorded \(recorded)"
    }
}
