/// Points to take back for a refund: `floor(earned × refunded ÷ paid)` over all refunds of the order
/// so far, less what earlier refunds already took back. Refunds beyond the amount paid count as paid.
public func pointsToReverse(earned: Points, paid: Int64, refundedSoFar: Int64, alreadyReversed: Points) -> Points {
    guard earned > 0, paid > 0 else { return 0 }
    let refunded = min(max(refundedSoFar, 0), paid)
    let (high, low) = earned.multipliedFullWidth(by: refunded)
    let (target, _) = paid.dividingFullWidth((high, low))
    return max(0, target - alreadyReversed)
}
