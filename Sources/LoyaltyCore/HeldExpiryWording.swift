import Foundation

/// What a change of expiry will do to the points held, said before it is saved (the dashboard's
/// form and `loyalty program set --dry-run` show the same sentence), and what the audit log keeps.
public enum HeldExpiryWording {
    /// "1,234,567 Stars held by 8,123 members will start to expire on 1 March 2027, each 12 months
    /// after it was earned and none before 1 March 2027; …", or what stays as it is.
    public static func sentence(_ plan: HeldExpiryPlan, pointsName: String, calendar: Calendar) -> String {
        let later = "\(pointsName) earned from now on expire \(Counting.count(plan.months, "month")) after they are earned"
        guard plan.heldPoints > 0 else { return "No member holds \(pointsName) now; \(later)." }
        switch (plan.scope, plan.firstExpiry, plan.notBefore) {
        case (.pointsHeld, let first?, let floor?):
            return "\(held(plan, pointsName: pointsName)) will start to expire on \(ExpiryDay.words(first, calendar: calendar)),"
                + " each \(Counting.count(plan.months, "month")) after it was earned and none before \(ExpiryDay.words(floor, calendar: calendar)); \(later)."
        default:
            return "\(pointsName) held keep the expiry they have (or none): \(held(plan, pointsName: pointsName)). Only \(later)."
        }
    }

    /// What the choice was and what it affected, for the audit log.
    public static func audit(_ plan: HeldExpiryPlan, pointsName: String, calendar: Calendar) -> String {
        switch plan.scope {
        case .newPointsOnly:
            return "expiry after \(plan.months) months applies to points earned from now on; \(held(plan, pointsName: pointsName)) keep their expiry"
        case .pointsHeld(let grace):
            let graceText = grace.map { ", grace date \(EventMoment.day($0, in: calendar.timeZone))" } ?? ""
            let floor = plan.notBefore.map { EventMoment.day($0, in: calendar.timeZone) } ?? "now"
            return "expiry after \(plan.months) months applies to points held\(graceText): \(held(plan, pointsName: pointsName))"
                + " expire \(plan.months) months after earning, none before \(floor) (\(Limits.grouped(Int64(plan.changes.count))) \(plan.changes.count == 1 ? "lot" : "lots") given a new date)"
        }
    }

    /// "1,234,567 Stars held by 8,123 members", "1 Star held by 1 member".
    private static func held(_ plan: HeldExpiryPlan, pointsName: String) -> String {
        "\(Limits.grouped(plan.heldPoints)) \(Counting.pointsWord(plan.heldPoints, named: pointsName)) held by"
            + " \(Limits.grouped(Int64(plan.members))) \(plan.members == 1 ? "member" : "members")"
    }
}
