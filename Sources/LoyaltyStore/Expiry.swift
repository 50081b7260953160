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
        let due = try db.all("""
            SELECT l.entry_id, l.member_id, l.remaining, l.expires_at, e.occurred_at FROM lots l JOIN ledger e ON e.id = l.entry_id
            WHERE l.remaining > 0 AND l.expires_at IS NOT NULL AND l.expires_at <= ? ORDER BY l.member_id, l.expires_at, l.entry_id
            """, [nowSeconds]) { (lot: $0.int(0), member: $0.int(1), remaining: $0.int(2), expires: Date(unixSeconds: $0.int(3)), earned: Date(unixSeconds: $0.int(4))) }
        var points: Points = 0
        let programme = try programSnapshot()
        for lot in due {
            try expire(lotID: lot.lot, memberID: lot.member, points: lot.remaining, earned: lot.earned, expires: lot.expires, programme: programme)
            points += lot.remaining
        }
        return ExpiryReport(entries: due.count, points: points, tierChanges: try reevaluateAllTiers())
    }

    /// Expires what is left of a lot earned at `earned`, in an entry dated when it expired.
    func expire(lotID: Int64, memberID: Int64, points: Points, earned: Date, expires: Date, programme: ProgramSnapshot) throws {
        let day = ISO8601DateFormatter.string(from: earned, timeZone: calendar.timeZone, formatOptions: [.withFullDate])
        try post(memberID: memberID, kind: .expire, delta: -points, reason: "Points earned \(day) expired", lotID: lotID, occurred: expires, programme: programme)
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
