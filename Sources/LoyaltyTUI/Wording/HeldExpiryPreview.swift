import Foundation
import LoyaltyCore
import LoyaltyText

/// What a change of expiry does to the points held, said before it is saved, in the operator's
/// language: the Program form shows it, and so does `loyalty program set --dry-run`.
public enum HeldExpiryPreview {
    /// "1,234,567 Stars held by 8,123 members will start to expire on 1 March 2027, each 12 months
    /// after it was earned and none before 1 March 2027; …", or what stays as it is.
    public static func sentence(_ plan: HeldExpiryPlan, pointsName: String, calendar: Calendar, _ words: Localizer) -> String {
        let later = words.plural("{points} earned from now on expire {count} month after they are earned",
                                 "{points} earned from now on expire {count} months after they are earned",
                                 count: Int64(plan.months), ["points": .text(pointsName)])
        guard plan.heldPoints > 0 else { return words.text("No member holds {points} now; {later}.", ["points": .text(pointsName), "later": .text(later)]) }
        let held = words.plural("{points} held by {count} member", "{points} held by {count} members", count: Int64(plan.members),
                                ["points": .text(CoreWording.points(plan.heldPoints, pointsName, words))])
        let day = { (date: Date) in words.style.longDay(date, in: calendar.timeZone) }
        switch (plan.scope, plan.firstExpiry, plan.notBefore) {
        case (.pointsHeld, let first?, let floor?):
            return words.plural("{held} will start to expire on {first}, each {count} month after it was earned and none before {floor}; {later}.",
                                "{held} will start to expire on {first}, each {count} months after it was earned and none before {floor}; {later}.",
                                count: Int64(plan.months), ["held": .text(held), "first": .text(day(first)), "floor": .text(day(floor)), "later": .text(later)])
        default:
            return words.text("{points} held keep the expiry they have (or none): {held}. Only {later}.",
                              ["points": .text(pointsName), "held": .text(held), "later": .text(later)])
        }
    }
}
