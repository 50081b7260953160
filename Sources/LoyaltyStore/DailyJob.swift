import Foundation
import LoyaltyCore

/// What one run of the daily job did.
public struct DailyReport: Sendable, Equatable {
    public let expiry: ExpiryReport
    /// "Points expiring soon" e-mails queued.
    public let reminders: Int
    /// Members who got birthday points today, and how many points in all.
    public let birthdays: Int
    public let birthdayPoints: Points
    /// Ids of webhook deliveries older than `Transaction.webhookDeliveryDays` forgotten.
    public let deliveriesForgotten: Int
}

extension Transaction {
    /// The daily job, in one transaction: expires due lots and re-evaluates tiers as points leave the
    /// rolling window, queues a reminder for each lot expiring within 14 days, and gives birthday
    /// points, and forgets the ids of old webhook deliveries. Each part is keyed, so running it again
    /// the same day changes nothing.
    func runDailyJob() throws -> DailyReport {
        let expiry = try expirePoints()
        let reminders = try queueExpiryReminders(withinDays: 14)
        let birthdays = try giveBirthdayPoints()
        let forgotten = try forgetOldWebhookDeliveries()
        return DailyReport(expiry: expiry, reminders: reminders, birthdays: birthdays.members, birthdayPoints: birthdays.points,
                           deliveriesForgotten: forgotten)
    }

    /// Birthday points for every member whose birthday ("YYYY-MM-DD" or "MM-DD") is today, once a year
    /// (event key `birthday:<member id>:<year>`), only while a birthday rule is active. A 29 February
    /// birthday is celebrated on 28 February in other years.
    func giveBirthdayPoints() throws -> (members: Int, points: Points) {
        guard try db.scalar("SELECT count(*) FROM earning_rules WHERE kind = 'birthday' AND active = 1") > 0 else { return (0, 0) }
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        guard let year = today.year, let month = today.month, let day = today.day else { return (0, 0) }
        let isLeap = calendar.range(of: .day, in: .month, for: calendar.date(from: DateComponents(year: year, month: 2))!)?.count == 29
        var days = [(month, day)]
        if month == 2 && day == 28 && !isLeap { days.append((2, 29)) }
        var members = 0, points: Points = 0
        for (month, day) in days {
            // Narrowed in SQL by how the day is written, then checked exactly.
            let candidates = try db.all("""
                SELECT id, email, birthday FROM members WHERE status = 'member' AND birthday IS NOT NULL
                  AND (birthday LIKE ?1 OR birthday LIKE ?2) ORDER BY id
                """, ["%-" + String(day), "%-" + String(format: "%02d", day)]) { (id: $0.int(0), email: $0.text(1), birthday: $0.text(2)) }
            for member in candidates where Self.birthday(member.birthday, isOn: month, day) {
                let event = EarningEvent(kind: .birthday, externalID: "\(member.id):\(year)", email: member.email)
                guard try db.scalar("SELECT count(*) FROM events WHERE key = ?", [event.key]) == 0 else { continue }
                let outcome = try record(event, programme: try programSnapshot())
                if outcome.awarded {
                    members += 1
                    points += outcome.points
                }
            }
        }
        return (members, points)
    }

    /// Whether "YYYY-MM-DD" or "MM-DD" falls on this month and day.
    static func birthday(_ text: String, isOn month: Int, _ day: Int) -> Bool {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2 else { return false }
        return parts[parts.count - 2] == month && parts[parts.count - 1] == day
    }
}

extension Store {
    /// The daily job (see `Transaction.runDailyJob`), in one transaction.
    /// A run that changed something is audited with what it did.
    public func runDailyJob() throws -> DailyReport {
        try write(.programme) { tx in
            let report = try tx.runDailyJob()
            if report.expiry.entries + report.reminders + report.birthdays > 0 {
                try tx.audit("job.daily", "programme", after: "expired \(Counting.count(report.expiry.points, "point")) "
                             + "(\(Counting.count(report.expiry.entries, "entry", "entries"))); \(Counting.count(report.reminders, "reminder")); "
                             + "\(Counting.count(report.birthdays, "birthday")) (\(Counting.count(report.birthdayPoints, "point")))")
            }
            return report
        }
    }
}
