/// The English wording of the sums of running totals.
extension PointsSum {
    public var sentence: Sentence {
        switch self {
        case .unredeemed: return Sentence("unredeemed")
        case .issued: return Sentence("issued")
        case .removed: return Sentence("removed")
        }
    }
}
