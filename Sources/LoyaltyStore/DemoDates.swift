import Foundation
import LoyaltyCore

/// The programme's calendar rules for the demo's made-up history, worked out once per day so a
/// million members' lots and tier windows cost no calendar arithmetic each: when points earned at a
/// moment expire, where the tier window ending at a moment starts, and the local day of a moment as
/// an expiry entry names it. Each is what `ProgramSnapshot` gives for noon (UTC) of that moment's day,
/// applied as a shift, so it is exact but for an hour around a change of summer time.
struct DemoDates: Sendable {
    private let firstDay: Int64
    private let windowShifts: [Int64]
    private let expiryShifts: [Int64]?
    private let timeZone: TimeZone

    /// Covers the days from `start` to `end` (Unix seconds); moments outside use the nearest day's shifts.
    init(programme: ProgramSnapshot, from start: Int64, to end: Int64) {
        firstDay = start / 86_400 - 1
        let noons = (firstDay...(end / 86_400 + 1)).map { Date(unixSeconds: $0 * 86_400 + 43_200) }
        windowShifts = noons.map { $0.unixSeconds - programme.tierWindowStart(endingAt: $0).unixSeconds }
        expiryShifts = programme.program.expiryMonths == nil ? nil : noons.map { (programme.expiry(ofPointsEarnedAt: $0)?.unixSeconds ?? $0.unixSeconds) - $0.unixSeconds }
        timeZone = programme.calendar.timeZone
    }

    private func index(_ moment: Int64) -> Int {
        min(max(0, Int(moment / 86_400 - firstDay)), windowShifts.count - 1)
    }

    /// Where the tier window ending at `moment` starts.
    func tierWindowStart(endingAt moment: Int64) -> Int64 { moment - windowShifts[index(moment)] }

    /// When points earned at `moment` expire (nil: they never do).
    func expiry(ofPointsEarnedAt moment: Int64) -> Int64? { expiryShifts.map { moment + $0[index(moment)] } }

    /// The local day of `moment` as "2026-03-05" (what `Expiry` writes in "Points earned … expired").
    func day(_ moment: Int64) -> String {
        let local = moment + Int64(timeZone.secondsFromGMT(for: Date(unixSeconds: moment)))
        let (year, month, day) = Self.civil(daysSinceEpoch: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
