import Foundation
import LoyaltyCore

/// The inside of one transaction: the connection, the moment it started and who is acting.
/// Operations are written against this so they can be combined inside one transaction.
public struct Transaction {
    let db: Connection
    /// The moment of the whole transaction; every entry it writes carries this time.
    public let now: Date
    public let actor: String
    let calendar: Calendar

    var nowSeconds: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }

    /// `months` months after `date`, in the store's calendar.
    func adding(months: Int, to date: Date) -> Date {
        calendar.date(byAdding: .month, value: months, to: date) ?? date
    }
}

extension Date {
    /// Seconds since 1970, as stored.
    var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
    init(unixSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(unixSeconds)) }
}
