import LoyaltyCore

/// The Emails section's form: an automation's subject and body.
public enum EmailsFormPurpose: Equatable, Sendable {
    case edit(EmailTrigger)
}
