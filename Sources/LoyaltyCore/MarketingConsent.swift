/// Which automatic e-mails are marketing, and what delivery does with them for a member who opted
/// out of marketing e-mails.
///
/// Like Wix and Shopify, only marketing mail follows the consent: the coupon e-mail answers something
/// the member did (they redeemed points and need the code), so it is always sent. Everything else the
/// programme sends of its own accord (welcome, points earned, reward available, points expiring, new
/// tier) is news about the programme: held for a member who opted out. A member whose consent is not
/// known (everyone before consent was kept, and customers of a shop whose export does not say) is
/// mailed as before.
extension EmailTrigger {
    /// True for the e-mails held for a member who opted out of marketing.
    public var isMarketing: Bool { self != .couponIssued }
}

/// Why delivery kept a message back instead of sending it.
public enum MailHold: String, Sendable, Equatable, CaseIterable {
    /// The member opted out of marketing e-mails and the message is marketing.
    case marketingOptOut = "marketing_opt_out"
}

/// A member's answer to "may we send you marketing e-mails?", as the CLI and the dashboard show it.
public enum MarketingConsentWording {
    /// "yes", "no (opted out)" or "not known".
    public static func text(_ consent: Bool?) -> String {
        switch consent {
        case true?: return "yes"
        case false?: return "no (opted out)"
        case nil: return "not known"
        }
    }
}
