import LoyaltyCore

/// What an import changed, for the summary the CLI prints.
public struct ImportSummary: Sendable, Equatable {
    /// Orders or rows read from the file.
    public var rows = 0
    /// Loyalty coupons marked used because a shop's order used them.
    public var couponsUsed = 0
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
    /// Members who had no phone and got the one a new order of theirs gives (`OrderPhones`).
    public var phonesFilled = 0
    /// Rows refused by `--skip-invalid` (written to the reject file).
    public var rejected = 0
    /// Orders that neither earn nor reverse yet (pending, on hold, unpaid).
    public var passedOver = 0
    /// Keys seen before with other details (an order edited after it earned): the earlier result stands.
    public var changed: [String] = []
    /// The rows `--skip-invalid` refused, each with why (for the reject file).
    public var problems: [RowProblem] = []

    public init() {}
}

/// The file was refused as a whole: every row that cannot be imported, or the problem of the file
/// that stopped its reading (`RowProblem.refusesFile`). Nothing was changed.
public struct ImportRefused: Error, Sendable {
    public let problems: [RowProblem]

    /// Skipping bad rows cannot help: the file itself is damaged or the wrong one.
    public var refusesFile: Bool { problems.contains(where: \.refusesFile) }
}

/// How far an import has got, for a progress bar.
public enum ImportProgress: Sendable, Equatable {
    /// Checking every row before anything is written: bytes read of the file's size (nil when unknown).
    case checking(bytesRead: Int, of: Int?)
    /// Applying the checked rows: items applied (orders, refunds, cancellations) of all the file's items.
    case applying(applied: Int, of: Int)
}

/// What one reading of a file found, counted; the second reading must find the same, or the file
/// changed in between.
private struct ImportTally: Equatable, Sendable {
    var rows = 0, passedOver = 0, items = 0, problems = 0

    mutating func add(_ piece: ParsedImport) {
        rows += piece.rows
        passedOver += piece.passedOver
        items += piece.items.count
        problems += piece.problems.count
    }

    mutating func add(_ other: ImportTally) {
        rows += other.rows
        passedOver += other.passedOver
        items += other.items
        problems += other.problems
    }
}

extension Store {
    /// Imports a file in ONE transaction: all of it or nothing. The whole file is read and checked first,
    /// writing nothing; rows it cannot import make the whole file refused (`ImportRefused` naming each)
    /// unless `skipInvalid`, when only the good rows are applied and the bad ones are counted as rejected
    /// and returned in the summary. Then it is read again, a piece at a time on a second thread, and
    /// applied in the order its items happened, a batch at a time grouped by member (`MomentWindows`,
    /// `ImportApplier`, `MemberOrder`), so memory stays bounded however large the file is.
    /// Re-importing the same or a later snapshot applies only what changed: every earning, refund and
    /// cancellation is keyed. `file` names the file in problems.
    /// A problem of the file as a whole (cut short, joined to another, a record too long) refuses it
    /// even with `skipInvalid`. A stream (a pipe, standard input) is copied to a private temporary
    /// file as it is checked, and applied from that copy.
    public func importFile(_ source: ImportSource, format: ImportFormat, file: String, skipInvalid: Bool = false,
                           progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
        try importFile(source, format: format, file: file, skipInvalid: skipInvalid, batchSize: ImportApplier.batchSize, progress: progress)
    }

    /// `importFile` applying `batchSize` items at a time in member order (1: one by one in the order
    /// they happened).
    func importFile(_ source: ImportSource, format: ImportFormat, file: String, skipInvalid: Bool, batchSize: Int,
                    progress: ((ImportProgress) -> Void)?) throws -> ImportSummary {
        let reader = ImportReader(format: format, file: file, currency: try program().currency, importedAt: now())
        let size = source.size
        let spool = source.isStream ? try ImportSpool(for: file) : nil
        defer { spool?.remove() }
        var checked = ImportTally()
        var summary = ImportSummary()
        var moments = MomentWindows.Collector()
        var couponsUsed: [CouponUsedInShop] = []
        try source.parse(reader, copyingTo: spool) { piece, bytesRead in
            checked.add(piece)
            couponsUsed += piece.couponsUsed
            moments.add(piece.items)
            summary.problems += piece.problems
            progress?(.checking(bytesRead: bytesRead, of: size))
        }
        let refused = ImportRefused(problems: summary.problems)
        if !summary.problems.isEmpty, !skipInvalid || refused.refusesFile { throw refused }
        let checkedSource = spool.map { ImportSource.file(path: $0.path) } ?? source
        summary.rows = checked.rows
        summary.passedOver = checked.passedOver
        summary.rejected = Set(summary.problems.map(\.line)).count
        // A large import touches far more pages than SQLite's default 2 MB cache holds, and every
        // lookup would go back to the OS; let the cache grow (lazily, up to 256 MB) for this file.
        // And keep the statement journals (the pages a statement changes, so that it alone can be
        // undone) in memory: spilled to a temporary file, every insert of an order rewrote it, which
        // was a fifth of a million-order import's time. Each holds only one statement's pages.
        let (cacheSize, tempStore) = (try db.scalar("PRAGMA cache_size"), try db.scalar("PRAGMA temp_store"))
        try db.execute("PRAGMA cache_size = -262144")
        try db.execute("PRAGMA temp_store = MEMORY")
        defer {
            try? db.execute("PRAGMA cache_size = \(cacheSize)")
            try? db.execute("PRAGMA temp_store = \(tempStore)")
        }
        let windows = moments.windows(batchSize: batchSize)
        moments = MomentWindows.Collector()  // let go of the moments
        try write(.membersAndPoints) { tx in
            let applier = try ImportApplier(tx, file: file) { progress?(.applying(applied: $0, of: checked.items)) }
            var next = 0
            repeat {
                let pass = windows.pass(from: next)
                var (applied, gathering) = (ImportTally(), pass.lowerBound)
                try checkedSource.parseAhead(reader, preparing: { piece, firstItem in
                    var tally = ImportTally()
                    tally.add(piece)
                    return (tally, windows.items(of: piece, startingAt: firstItem, in: pass))
                }) { tally, items in
                    applied.add(tally)
                    for (window, item) in items {
                        if window != gathering {
                            try applier.applyBatch(summary: &summary)
                            gathering = window
                        }
                        applier.add(item)
                    }
                }
                try applier.applyBatch(summary: &summary)
                guard applied == checked else {
                    throw LoyaltyError.file(.importChanged(file: file, checkedRows: checked.rows, appliedRows: applied.rows))
                }
                next = pass.upperBound
            } while next < windows.count
            guard applier.applied == checked.items else {  // the file's dates changed between the readings
                throw LoyaltyError.file(.importChanged(file: file, checkedRows: checked.rows, appliedRows: checked.rows))
            }
            summary.visitorsCreated = try applier.visitorsCreated()
            summary.couponsUsed = try tx.markCouponsUsedInShop(couponsUsed)
        }
        return summary
    }
}
