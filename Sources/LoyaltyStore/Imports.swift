import LoyaltyCore

/// What an import changed, for the summary the CLI prints.
public struct ImportSummary: Sendable, Equatable {
    /// Orders or rows read from the file.
    public var rows = 0
    /// New events that earned points, and the points they earned.
    public var earned = 0
    public var points: Points = 0
    /// New events recorded without points (programme not active, no rule, below a point).
    public var notAwarded = 0
    /// New refunds and cancellations applied, and the points they took back (and gave back).
    public var reversals = 0
    public var pointsReversed: Points = 0
    public var pointsReturned: Points = 0
    /// Items already applied by an earlier import (same key, same details): nothing changed.
    public var duplicates = 0
    /// Reversals of orders the programme never recorded (e.g. cancelled before payment): nothing to take back.
    public var unknownOrders = 0
    /// People who were not known and were added as visitors.
    public var visitorsCreated = 0
    /// Rows refused by `--skip-invalid` (written to the reject file).
    public var rejected = 0
    /// Orders that neither earn nor reverse yet (pending, on hold, unpaid).
    public var passedOver = 0
    /// Keys seen before with other details (an order edited after it earned): the earlier result stands.
    public var changed: [String] = []

    public init() {}
}

/// The file was refused as a whole: every row that cannot be imported. Nothing was changed.
public struct ImportRefused: Error, Sendable {
    public let problems: [RowProblem]
}

extension Transaction {
    /// Applies every item in order, through the same `record` and `refund` as single events, with the
    /// programme's earning context read once. Any failure throws (so the caller's transaction rolls
    /// back) naming the row.
    func apply(_ items: [ImportItem], file: String, summary: inout ImportSummary, progress: ((Int) -> Void)?) throws {
        let context = try EarningContext(self)
        let visitorsBefore = try db.scalar("SELECT count(*) FROM members")
        for (index, item) in items.enumerated() {
            if let progress, index % 1024 == 0 { progress(index) }
            do {
                try apply(item.action, context: context, summary: &summary)
            } catch let error as LoyaltyError {
                if case .conflict = error {
                    summary.changed.append("\(file) line \(item.line): \(error.description)")
                    continue
                }
                throw ImportRefused(problems: [RowProblem(file: file, line: item.line, field: "(row)", value: "", why: error.description)])
            }
        }
        progress?(items.count)
        summary.visitorsCreated = Int(try db.scalar("SELECT count(*) FROM members") - visitorsBefore)
    }

    private func isRecorded(order: String) throws -> Bool {
        try db.one("SELECT 1 FROM orders WHERE ref = ?", [order]) { _ in true } ?? false
    }

    private func apply(_ action: ImportAction, context: EarningContext, summary: inout ImportSummary) throws {
        switch action {
        case let .earn(kind, id, email, name, amount, actionName):
            let outcome = try record(EarningEvent(kind: kind, externalID: id, email: email, name: name, amount: amount, action: actionName), context: context)
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
            count(try refund(RefundRequest(orderRef: order, refundID: refundID, amount: amount)), &summary)
        case let .refundedUpTo(order, total):
            guard let refunded = try db.one("SELECT refunded FROM orders WHERE ref = ?", [order], { $0.int(0) }) else {
                summary.unknownOrders += 1
                return
            }
            guard total.minorUnits > refunded else { summary.duplicates += 1; return }
            let more = Money(minorUnits: total.minorUnits - refunded, currency: total.currency)
            count(try refund(RefundRequest(orderRef: order, refundID: "refunded-\(total.decimalString)", amount: more)), &summary)
        case let .cancel(order):
            guard try isRecorded(order: order) else { summary.unknownOrders += 1; return }
            count(try refund(RefundRequest(orderRef: order)), &summary)
        }
    }

    private func count(_ outcome: RefundOutcome, _ summary: inout ImportSummary) {
        if outcome.duplicate { summary.duplicates += 1; return }
        summary.reversals += 1
        summary.pointsReversed += outcome.reversed
        summary.pointsReturned += outcome.returned
    }
}

extension Store {
    /// Imports a parsed file in ONE transaction: all of it or nothing. Rows the parser refused make the
    /// whole file refused (`ImportRefused` naming each) unless `skipInvalid`, when only the good rows are
    /// applied and the bad ones are counted as rejected. Re-importing the same or a later snapshot applies
    /// only what changed: every earning, refund and cancellation is keyed. `progress` gets the number of
    /// items applied so far.
    public func importParsed(_ parsed: ParsedImport, file: String, skipInvalid: Bool = false,
                             progress: ((_ applied: Int, _ total: Int) -> Void)? = nil) throws -> ImportSummary {
        if !parsed.problems.isEmpty, !skipInvalid { throw ImportRefused(problems: parsed.problems) }
        var summary = ImportSummary()
        summary.rows = parsed.rows
        summary.passedOver = parsed.passedOver
        summary.rejected = Set(parsed.problems.map(\.line)).count
        let total = parsed.items.count
        // A large import touches far more pages than SQLite's default 2 MB cache holds, and every
        // lookup would go back to the OS; let the cache grow (lazily, up to 256 MB) for this batch.
        let cacheSize = try db.scalar("PRAGMA cache_size")
        try db.execute("PRAGMA cache_size = -262144")
        defer { try? db.execute("PRAGMA cache_size = \(cacheSize)") }
        try write(.membersAndPoints) { tx in
            try tx.apply(parsed.items, file: file, summary: &summary, progress: progress.map { report in { report($0, total) } })
        }
        return summary
    }
}
