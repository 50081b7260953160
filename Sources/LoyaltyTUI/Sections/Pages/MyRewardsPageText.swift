import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// A member's "My Rewards" page in the Pages preview; what it says comes from `MyRewardsPage`.
enum MyRewardsPageText {
    static func lines(_ card: MemberCard?, data: DashboardData, _ words: Localizer) -> [(text: String, role: ThemeRole)] {
        guard let card else { return [(" " + words.text("No members yet: add one in Members, then come back."), .muted)] }
        return PageText.lines(MyRewardsPage.document(member: card.member, coupons: card.coupons.map(\.pageCoupon),
                                                     program: data.program, rewards: data.rewards, tiers: data.tiers))
    }
}
