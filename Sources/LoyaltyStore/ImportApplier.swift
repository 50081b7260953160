import Foundation
import LoyaltyCore

/// Applies the items of one import inside its one transaction through the same `record` and `refund`
/// as single events, a batch at a time (a window of `MomentWindows`) in `MemberOrder`: the
/// programme snapshot is read once for the whole file, and the people a batch names are
/// looked up once. Any failure throws (so the transaction rolls back) naming the row.
final class ImportApplier {
    /// Items held before a batch is applied: more walks the member-keyed pages fewer times, and
    /// holds more in memory (a few hundred bytes an item).
    static let batchSize = 250_000
    private let tx: Transaction
    private let file: String
    private let programme: ProgramSnapshot
    private let peopleBefore: Int64
    private var pending: [ImportItem] = []
    /// Items applied so far, and who wants to hear of them (every thousand, and at each batch's end).
    private(set) var applied = 0
    private let onApplied: (Int) -> Void

    init(_ tx: Transaction, file: String, onApplied: @escaping (Int) -> Void) throws {
        self.tx = tx
        self.onApplied = onApplied
        self.file = file
        programme = try tx.programSnapshot()
        peopleBefore = try tx.db.scalar("SELECT count(*) FROM members")
    }

    /// People added as visitors so far.
    func visitorsCreated() throws -> Int { Int(try tx.db.scalar("SELECT count(*) FROM members") - peopleBefore) }

    /// Holds an item of the batch being gathered.
    func add(_ item: ImportItem) {
        pending.append(item)
    }

    /// Applies the items held, in member order.
    func applyBatch(summary: inout ImportSummary) throws {
        try applyPending(&summary)
    }

    private func applyPending(_ summary: inout ImportSummary) throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let known = KnownMembers(capacity: max(batch.count, 1))
        var changed: [(line: Int, text: String)] = []
        for index in try MemberOrder(batch, tx: tx, known: known).indices {
            let item = batch[index]
            applied += 1
            if applied % 1_000 == 0 { onApplied(applied) }
            do {
                try apply(item.action, line: item.line, at: item.moment, known: known, summary: &summary)
            } catch let error as LoyaltyError {
                if error.category == .conflict {
                    changed.append((item.line, "\(file) line \(item.line): \(error.description)"))
                    continue
                }
                throw ImportRefused(problems: [RowProblem(file: file, line: item.line, field: "(row)", value: "", why: error.description)])
            }
        }
        onApplied(applied)
        summary.changed += changed.sorted { $0.line < $1.line }.map(\.text)
    }

    private func apply(_ action: ImportAction, line: Int, at moment: Date?, known: KnownMembers, summary: inout ImportSummary) throws {
        switch action {
        case let .earn(event):
            let outcome = try tx.record(event, programme: programme, known: known)
            if !outcome.duplicate, let phone = event.phone,
               try tx.fillPhoneFromOrder(memberID: outcome.memberID, phone: phone, reason: "\(file) line \(line)") {
                summary.phonesFilled += 1
            }
            if outcome.duplicate {
                summary.duplicates += 1
            } else if outcome.awarded {
                summary.earned += 1
                summary.points += outcome.points
            } else {
                summary.notAwarded += 1
            }
        case let .refund(request):
            guard try isRecorded(order: request.orderRef) else { summary.unknownOrders += 1; return }
            count(try tx.refund(request, programme: programme), &summary)
        case let .refundedUpTo(order, total):
            guard let refunded = try tx.db.one("SELECT refunded FROM orders WHERE ref = ?", [order], { $0.int(0) }) else {
                summary.unknownOrders += 1
                return
            }
            guard total.minorUnits > refunded else { summary.duplicates += 1; return }
            let more = Money(minorUnits: total.minorUnits - refunded, currency: total.currency)
            count(try tx.refund(RefundRequest(orderRef: order, refundID: "refunded-\(total.decimalString)", amount: more, occurredAt: moment), programme: programme), &summary)
        case let .cancel(order):
            guard try isRecorded(order: order) else { summary.unknownOrders += 1; return }
            count(try tx.refund(RefundRequest(orderRef: order, occurredAt: moment), programme: programme), &summary)
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
