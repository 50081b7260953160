import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// How an outbox message's status and the reason it is held read in the operator's language, for
/// the dashboard's outbox and `loyalty mail list` alike (JSON keeps the raw values).
public enum OutboxWording {
    /// "queued", "sending", "sent", "failed", "held".
    public static func status(_ status: OutboxStatus, _ words: Localizer) -> String {
        switch status {
        case .queued: return words.text("queued")
        case .sending: return words.text("sending")
        case .sent: return words.text("sent")
        case .failed: return words.text("failed")
        case .held: return words.text("held")
        }
    }

    /// Why a message is held.
    public static func held(_ reason: MailHold, _ words: Localizer) -> String {
        switch reason {
        case .marketingOptOut: return words.text("the member opted out of marketing e-mails")
        }
    }
}
