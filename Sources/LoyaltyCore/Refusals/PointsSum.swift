/// A sum of running totals of points that the statistics compute, as a refusal names it when it does
/// not fit a whole number. Each front end words it (`sentence`).
public enum PointsSum: Equatable, Sendable, CaseIterable {
    /// All points gained less all points lost.
    case unredeemed
    /// Points earned, given and added by setting a balance.
    case issued
    /// Points removed and taken away by setting a balance.
    case removed
}
