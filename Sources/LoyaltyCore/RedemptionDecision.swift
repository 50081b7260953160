extension RedemptionRules {
    /// What redeeming `reward` as `quote` worked out changes for member `memberID`, whose coupon is
    /// `code`: one entry spending the quote's points (its reason names the coupon), and the "coupon
    /// issued" e-mail, once per coupon, when it is switched on.
    public static func decide(_ quote: RedemptionQuote, reward: Reward, code: String, memberID: Int64, programme: ProgramSnapshot) -> Decision {
        let emails = programme.emailIsActive(.couponIssued)
            ? [EmailToQueue(.couponIssued, memberID: memberID, values: ["coupon": code, "reward": reward.name, "points": String(quote.points)], key: "coupon:\(code)")]
            : []
        return Decision(postings: [Posting(memberID: memberID, kind: .redeem, delta: -quote.points, reason: "\(reward.name): coupon \(code)")], emails: emails)
    }
}
