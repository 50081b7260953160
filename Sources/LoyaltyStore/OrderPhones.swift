import LoyaltyCore

/// Phones from a shop's orders (WooCommerce's `billing.phone`, Shopify's `Phone` or `Billing Phone`):
/// a new order with a phone fills the member's phone when they have none, audited like an edit
/// (`member.edit`, with the file and line), as the customers import does.
///
/// A phone the member already has is never replaced by an order's, whoever set it: the owner (in
/// the dashboard or `member edit`), the customers import or an earlier order. What a customer typed
/// at a checkout may be a work or a partner's number; the customers import (which follows the
/// shop's account) is what keeps phones in step with the shop. So within one import, whose items
/// are applied in the order they happened, the earliest new order with a phone fills it; an order
/// imported again (a duplicate) fills nothing, so a phone the owner cleared stays cleared until a
/// new order brings one.
extension Transaction {
    /// Gives member `memberID` the order's `phone` when they have none; true when it did.
    func fillPhoneFromOrder(memberID: Int64, phone: String, reason: String) throws -> Bool {
        let member = try member(id: memberID)
        guard member.details.phone == nil else { return false }
        var details = member.details
        details.phone = phone
        try db.run("UPDATE members SET phone = ? WHERE id = ? AND phone IS NULL", [phone, memberID])
        try audit("member.edit", member.email, from: member.details, to: details, reason: reason, memberID: memberID)
        return true
    }
}
