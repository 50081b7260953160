/// The size one part of a split asks for.
///
/// Sizes are handed out in order, each part clipped to what is left, so on a small screen the
/// last parts shrink first. Space left over after that is shared equally by the `.min` parts
/// (earlier parts get the odd cells); with no `.min` part it stays empty at the end.
public enum Constraint: Equatable, Sendable {
    /// Exactly `n` cells.
    case length(Int)
    /// At least `n` cells, and a share of whatever is left over.
    case min(Int)
    /// `p` percent of the whole, rounded down.
    case percentage(Int)

    /// The size of each part when `total` cells are split by `constraints`.
    static func sizes(_ constraints: [Constraint], total: Int) -> [Int] {
        var remaining = Swift.max(0, total)
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .length(let n), .min(let n): wanted = n
            case .percentage(let p): wanted = total * p / 100
            }
            let size = Swift.min(Swift.max(0, wanted), remaining)
            remaining -= size
            return size
        }
        let flexible = constraints.indices.filter {
            if case .min = constraints[$0] { return true } else { return false }
        }
        guard !flexible.isEmpty, remaining > 0 else { return sizes }
        let share = remaining / flexible.count
        let odd = remaining % flexible.count
        for (order, index) in flexible.enumerated() {
            sizes[index] += share + (order < odd ? 1 : 0)
        }
        return sizes
    }
}
