/// The English wording of refusals of refunds.
extension RefundRefusal {
    public var sentence: Sentence {
        switch self {
        case .badRefundID(let maximumLength):
            return Sentence("the refund id must be 1 to {most} printable characters (no control characters)", ["most": .integer(Int64(maximumLength))])
        case .noSuchOrder(let ref): return Sentence("no order {ref} was recorded; nothing to refund", ["ref": .text(ref)])
        case .partialNeedsRefundID:
            return Sentence("a partial refund needs its own refund id (the shop's refund number), so a second partial refund is not mistaken for the first")
        case .inOtherCurrency(let refund, let programme):
            return Sentence("the refund is in {refund} but the programme counts in {programme}", ["refund": .text(refund), "programme": .text(programme)])
        case .amountNotAboveZero(let amount): return Sentence("a refund amount must be above 0 (got {amount})", ["amount": .amount(amount)])
        }
    }
}
