import Foundation

/// What a change of expiry did to the points held, as the audit log keeps it (the operator reads
/// the same facts beforehand in their language: see the dashboard's `HeldExpiryPreview`).
public enum HeldExpiryWording {
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
