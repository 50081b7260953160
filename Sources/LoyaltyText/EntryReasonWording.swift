import LoyaltyCore

extension Localizer {
    /// A ledger entry's reason in this language: a reason Loyalty wrote (an order, a sign-up, a
    /// redemption, a refund, an expiry) worded afresh from its parts, an operator's as it was typed.
    public func reason(_ entry: LedgerEntry) -> String {
        EntryReason(entry).sentence.map(words) ?? entry.reason
    }
}
