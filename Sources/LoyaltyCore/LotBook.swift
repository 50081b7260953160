import Foundation

/// Points added by one entry, with what is left of them and when they expire.
/// A lot is named by the entry that added it.
public struct Lot: Equatable, Sendable {
    public var entryID: Int64
    public var amount: Points
    public var remaining: Points
    public var expires: Date?

    public init(entryID: Int64, amount: Points, remaining: Points, expires: Date?) {
        self.entryID = entryID
        self.amount = amount
        self.remaining = remaining
        self.expires = expires
    }
}

/// One member's points as lots, spent soonest-expiring first. The balance is the lots' remainders
/// minus a debt, which only a reversal of already spent points creates and the next points pay off.
///
/// Invariant: `balance == lots.remaining.sum - debt`, and `debt > 0` only when every lot is empty.
/// The store applies changes through this type and `check` replays every entry through it, so the
/// rule for which points are spent is written once.
public struct LotBook: Equatable, Sendable {
    /// Lots that still hold points, or were touched by the last change.
    public private(set) var lots: [Int64: Lot]
    public private(set) var debt: Points

    public init(openLots: [Lot] = [], balance: Points) {
        lots = Dictionary(uniqueKeysWithValues: openLots.map { ($0.entryID, $0) })
        debt = LotBook.debt(held: openLots.reduce(0) { $0 + $1.remaining }, balance: balance)
    }

    /// A book for crediting points only, which needs just the debt, and the invariant gives it from
    /// the balance alone: a balance below zero is all debt (every lot is empty), and otherwise there is
    /// none. It does not know the lots themselves, so `lots` has only what is credited to it.
    public init(creditingBalance balance: Points) {
        lots = [:]
        debt = max(0, -balance)
    }

    /// What is owed when the lots hold more than the balance (a reversal of points already spent).
    private static func debt(held: Points, balance: Points) -> Points { max(0, held - balance) }

    public var balance: Points { lots.values.reduce(0) { $0 + $1.remaining } - debt }

    /// Adds a lot for points that arrived; any debt is paid off from it first. Returns the new lot.
    @discardableResult
    public mutating func credit(entryID: Int64, amount: Points, expires: Date?) -> Lot {
        let absorbed = min(debt, amount)
        debt -= absorbed
        let lot = Lot(entryID: entryID, amount: amount, remaining: amount - absorbed, expires: expires)
        lots[entryID] = lot
        return lot
    }

    /// Takes `amount` points: from `preferredLot` first (a reversal takes back the points it reverses),
    /// then the soonest-expiring lots (never-expiring last, older first). What the lots cannot cover
    /// becomes debt. Returns the lots changed, with their new remainders.
    @discardableResult
    public mutating func debit(_ amount: Points, preferredLot: Int64? = nil) -> [Lot] {
        var left = amount
        var changed: [Lot] = []
        var order = lots.values.filter { $0.remaining > 0 }.sorted(by: LotBook.spendsBefore)
        if let preferredLot, let index = order.firstIndex(where: { $0.entryID == preferredLot }) {
            order.insert(order.remove(at: index), at: 0)
        }
        for var lot in order where left > 0 {
            let taken = min(lot.remaining, left)
            lot.remaining -= taken
            left -= taken
            lots[lot.entryID] = lot
            changed.append(lot)
        }
        debt += left
        return changed
    }

    /// Empties a lot that reached its expiry; returns the points that expired.
    public mutating func expire(lotID: Int64) -> Points {
        guard var lot = lots[lotID] else { return 0 }
        let expired = lot.remaining
        lot.remaining = 0
        lots[lotID] = lot
        return expired
    }

    /// Gives a lot a new expiry (expiry switched on later for the points held); a lot it does not
    /// hold is left alone.
    public mutating func reschedule(lotID: Int64, expires: Date?) {
        lots[lotID]?.expires = expires
    }

    /// Spending order: soonest expiry first, never-expiring last, then oldest first.
    static func spendsBefore(_ a: Lot, _ b: Lot) -> Bool {
        switch (a.expires, b.expires) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.entryID < b.entryID
        }
    }

    /// Applies one entry as the store did when it wrote it; used to replay a member's whole ledger.
    public mutating func apply(_ entry: LedgerEntry) {
        switch entry.kind {
        case .expire:
            if let lotID = entry.lotID, var lot = lots[lotID] {
                lot.remaining -= -entry.delta
                lots[lotID] = lot
            }
        default:
            if entry.delta > 0 {
                credit(entryID: entry.id, amount: entry.delta, expires: entry.expires)
            } else if entry.delta < 0 {
                debit(-entry.delta, preferredLot: entry.kind == .reverse ? entry.reversesID : nil)
            }
        }
    }
}

extension LotBook {
    /// Forgets lots that hold nothing; they can never be spent or expire again. Keeps a long replay small.
    public mutating func dropEmptyLots() {
        lots = lots.filter { $0.value.remaining > 0 }
    }
}
