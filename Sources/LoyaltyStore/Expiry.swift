import Foundation
import LoyaltyCore

/// What one run of the expiry job did.
public struct ExpiryReport: Sendable, Equatable {
    public let entries: Int
    public let points: Points
    public let tierChanges: Int
}

extension Transaction {
    /// Posts an expiry entry for the unspent remainder of every lot past its date, then re-evaluates
    /// tiers as points leave the rolling window. Running it again changes nothing.
    func expirePoints() throws -> ExpiryReport {
        let due = try db.all("SELECT entry_id, member_id, remaining FROM lots WHERE remaining > 0 AND expires_at IS NOT NULL AND expires_at <= ? ORDER BY member_id, expires_at, entry_id",
                             [nowSeconds]) { (lot: $0.int(0), member: $0.int(1), remaining: $0.int(2)) }
        var points: Points = 0
        let programme = try programSnapshot()
        for lot in due {
            let earned = try db.one("SELECT created_at FROM ledger WHERE id = ?", [lot.lot]) { Date(unixSeconds: $0.int(0)) }!
            let day = ISO8601DateFormatter.string(from: earned, timeZone: calendar.timeZone, formatOptions: [.withFullDate])
            try post(memberID: lot.member, kind: .expire, delta: -lot.remaining, reason: "Points earned \(day) expired", lotID: lot.lot, programme: programme)
            points += lot.remaining
        }
        return ExpiryReport(entries: due.count, points: points, tierChanges: try reevaluateAllTiers())
    }
}

extension Store {
    /// The expiry job: expires due lots and re-evaluates tiers, in one transaction.
    /// A run that expired something is audited with what it did.
    public func expirePoints() throws -> ExpiryReport {
        try write(.programme) { tx in
            let report = try tx.expirePoints()
            if report.entries > 0 {
                try tx.audit("job.expire", "programme", after: "expired \(Counting.count(report.points, "point")) (\(Counting.count(report.entries, "entry", "entries")))")
            }
            return report
        }
    }
}
