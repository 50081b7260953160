import LoyaltyCore

/// Applies the items of one import inside its one transaction, in order, through the same `record`
/// and `refund` as single events: the programme's earning context is read once for the whole file,
/// and the people met so far are remembered by e-mail. Any failure throws (so the transaction rolls
/// back) naming the row.
struct ImportApplier {
    private let tx: Transaction
    private let file: String
    private let context: EarningContext
    private let known = KnownMembers()
    private let peopleBefore: Int64

    init(_ tx: Transaction, file: String) throws {
        self.tx = tx
        self.file = file
        context = try EarningContext(tx)
        peopleBefore = try tx.db.scalar("SELECT count(*) FROM members")
    }

    /// People added as visitors so far.
    func visitorsCreated() throws -> Int { Int(try tx.db.scalar("SELECT count(*) FROM members") - peopleBefore) }

    func apply(_ items: [ImportItem], summary: inout ImportSummary) throws {
        for item in items {
            do {
                try apply(item.action, summary: &summary)
            } catch let error as LoyaltyError {
                if case .conflict = error {
                    summary.changed.append("\(file) line \(item.line): \(error.description)")
                    continue
                }
                throw ImportRefused(problems: [RowProblem(file: file, line: item.line, field: "(row)", value: "", why: error.description)])
            }
        }
    }

    private func apply(_ action: ImportAction, summary: inout ImportSummary) throws {
        switch action {
        case let .earn(kind, id, email, name, amount, actionName):
            let outcome = try tx.record(EarningEvent(kind: kind, externalID: id, email: email, name: name, amount: amount, action: actionName),
                                        context: context, known: known)
            if outcome.duplicate {
                summary.duplicates += 1
            } else if outcome.awarded {
                summary.earned += 1
                summary.points += outcome.points
            } else {
                summary.notAwarded += 1
            }
        case let .refund(order, refundID, amount):
            guard try isRecorded(order: order) else { summary.unknownOrders += 1; return }
            count(try tx.refund(RefundRequest(orderRef: order, refundID: refundID, amount: amount), context: context), &summary)
        case let .refundedUpTo(order, total):
            guard let refunded = try tx.db.one("SELECT refunded FROM orders WHERE ref = ?", [order], { $0.int(0) }) else {
                summary.unknownOrders += 1
                return
            }
            guard total.minorUnits > refunded else { summary.duplicates += 1; return }
            let more = Money(minorUnits: total.minorUnits - refunded, currency: total.currency)
            count(try tx.refund(RefundRequest(orderRef: order, refundID: "refunded-\(total.decimalString)", amount: more), context: context), &summary)
        case let .cancel(order):
            guard try isRecorded(order: order) else { summary.unknownOrders += 1; return }
            count(try tx.refund(RefundRequest(orderRef: order), context: context), &summary)
        }
    }

    private func isRecorded(order: String) throws -> Bool {
        try tx.db.one("SELECT 1 FROM orders WHERE ref = ?", [order]) { _ in true } ?? false
    }

    private func count(_ outcome: RefundOutcome, _ summary: inout ImportSummary) {
        if outcome.duplicate { summary.duplicates += 1; return }
        summary.reversals += 1
        summary.pointsReversed += outcome.reversed
        summary.pointsReturned += outcome.returned
    }
}
