import Foundation
import LoyaltyCore

/// An amount in euros written as people do: `eur("4.99")`.
func eur(_ text: String) -> Money { try! Money.parse(text, currency: .euro) }

/// A moment `days` days after a fixed start (2025-01-01 00:00 UTC).
func day(_ days: Double) -> Date { Date(timeIntervalSince1970: 1_735_689_600 + days * 86_400) }

/// The Gregorian calendar in UTC, for programme snapshots.
let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}()

/// The message of a LoyaltyError thrown by `body`, or a failure.
func errorMessage(_ body: () throws -> Void) -> String {
    do { try body() } catch { return String(describing: error) }
    return "<no error>"
}
